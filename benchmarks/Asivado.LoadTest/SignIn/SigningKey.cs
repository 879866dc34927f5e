using System.Security.Cryptography;

namespace Asivado.LoadTest.SignIn;

/// <summary>The host's token signing key (Authentication:SigningKey): base64, at least 32 bytes, as the host requires.</summary>
public sealed class SigningKey
{
    public const int MinimumBytes = 32;

    private SigningKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public string Base64 => Convert.ToBase64String(Bytes);

    public static SigningKey Generate() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <exception cref="FormatException">Not base64, or shorter than <see cref="MinimumBytes"/> bytes; the message says which.</exception>
    public static SigningKey Parse(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("must be base64 (e.g. the output of `openssl rand -base64 32`), the host's Authentication:SigningKey.");
        }

        return bytes.Length >= MinimumBytes
            ? new SigningKey(bytes)
            : throw new FormatException($"must decode to at least {MinimumBytes} bytes, as the host requires; it has {bytes.Length}.");
    }
}
