namespace Asivado.Domain.Contacts;

/// <summary>
/// A number someone can be called back on: digits with the usual separators (space, +, -, parentheses), 6 to 20
/// digits, at most 40 characters. Not dialled here, only kept so a caller can be called back (seed policy). The one
/// rule for a customer's phone, a caller's number and a transfer's callback number.
/// </summary>
public static class PhoneNumbers
{
    public const int MinDigits = 6;
    public const int MaxDigits = 20;
    public const int MaxLength = 40;

    public static string Rule => $"digits, spaces, +, -, ( and ), with {MinDigits} to {MaxDigits} digits";

    public static bool IsPlausible(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
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
}
