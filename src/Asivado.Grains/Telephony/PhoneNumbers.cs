namespace Asivado.Grains.Telephony;

/// <summary>
/// A plausible phone number: only digits, spaces, '+', '-', '(' and ')', with 6 to 20 digits. It is not
/// dialled here, only kept so that a transferred caller can be called back (seed policy).
/// </summary>
public static class PhoneNumbers
{
    public const int MinimumDigits = 6;
    public const int MaximumDigits = 20;

    public static bool IsPlausible(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in number)
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

        return digits is >= MinimumDigits and <= MaximumDigits;
    }
}
