using Asivado.Gateway.Api.Validation;

namespace Asivado.Gateway.Api.Cases;

/// <summary>
/// The optional Idempotency-Key header of an intake: 1 to 100 printable ASCII characters. A retry with the same
/// key and body returns the case already taken in (200, Idempotent-Replayed: true) instead of a second one.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxLength = 100;

    /// <summary>The key, or null when the request has none; a malformed key is added to <paramref name="errors"/>.</summary>
    public static string? Read(HttpRequest request, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValue(HeaderName, out var values))
        {
            return null;
        }

        if (values.Count != 1 || values[0] is not { } key)
        {
            errors.Add(HeaderName, "must be sent once");
            return null;
        }

        if (key.Length is 0 or > MaxLength || !FieldRules.IsPrintableAscii(key))
        {
            errors.Add(HeaderName, $"must be 1 to {MaxLength} printable ASCII characters");
            return null;
        }

        return key;
    }
}
