namespace Asivado.Domain.Contacts;

/// <summary>An address a reply can be sent to: something@something, no white space, at most 254 characters.</summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    public static bool IsPlausible(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at >= 1 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
