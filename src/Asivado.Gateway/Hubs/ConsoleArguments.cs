namespace Asivado.Gateway.Hubs;

/// <summary>Checks of hub method arguments; each failure is an "invalid" HubException naming the argument.</summary>
internal static class ConsoleArguments
{
    public const int MaxIdLength = 128;

    public static string RequireId(string? value, string argument)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ConsoleHubErrors.Invalid(argument, "is required");
        }

        if (value.Length > MaxIdLength)
        {
            throw ConsoleHubErrors.Invalid(argument, $"must be at most {MaxIdLength} characters");
        }

        if (value.Any(char.IsControl) || value.Trim().Length != value.Length)
        {
            throw ConsoleHubErrors.Invalid(argument, "must not contain control characters or surrounding spaces");
        }

        return value;
    }

    public static long RequireSequence(long value, string argument, long minimum)
    {
        if (value < minimum)
        {
            throw ConsoleHubErrors.Invalid(argument, $"must be {minimum} or more");
        }

        return value;
    }

    /// <summary>What a value of <paramref name="type"/> must be, for an argument that did not bind.</summary>
    public static string TypeRule(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "must be a string",
            _ when underlying == typeof(long) || underlying == typeof(int) => "must be a whole number",
            _ when underlying == typeof(bool) => "must be true or false",
            _ => $"must be a {underlying.Name} object",
        };
    }
}
