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
}
