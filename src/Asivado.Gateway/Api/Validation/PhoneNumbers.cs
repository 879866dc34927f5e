namespace Asivado.Gateway.Api.Validation;

/// <summary>
/// A number someone can be called back on: digits with the usual separators (space, +, -, parentheses) and
/// 6 to 20 digits. The same rule the call grain applies to a transfer's callback number.
/// </summary>
public static class PhoneNumbers
{
    public const int MinDigits = 6;
    public const int MaxDigits = 20;

    public static bool IsPlausible(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 40)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '-' or '(' or ')'))
            {
                return false;
            }
        }

        return digits is >= MinDigits and <= MaxDigits;
    }

    public static void RequirePhone(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else
        {
            OptionalPhone(errors, field, value);
        }
    }

    public static void OptionalPhone(this ValidationErrors errors, string field, string? value)
    {
        if (value is not null && !IsPlausible(value))
        {
            errors.Add(field, $"must be a phone number: digits, spaces, +, -, ( and ), with {MinDigits} to {MaxDigits} digits");
        }
    }
}
