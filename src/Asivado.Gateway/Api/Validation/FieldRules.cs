using NodaTime;

namespace Asivado.Gateway.Api.Validation;

/// <summary>The checks every request shares; each names the field it rejects.</summary>
public static class FieldRules
{
    /// <summary>Free text a person writes (reasons, notes, summaries).</summary>
    public const int MaxReasonLength = 2_000;

    public const int MaxNameLength = 200;

    /// <summary>Ids of departments, people, calls: short, printable.</summary>
    public const int MaxIdLength = 100;

    /// <summary>How far ahead of the server clock a client's "received at" may be (clock skew).</summary>
    public static readonly Duration AllowedClockSkew = Duration.FromMinutes(1);

    public static void RequireText(this ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else if (value.Length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
        }
    }

    public static void OptionalText(this ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "must not be blank when given");
        }
        else if (value.Length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
        }
    }

    public static void RequireId(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else
        {
            CheckId(errors, field, value);
        }
    }

    public static void OptionalId(this ValidationErrors errors, string field, string? value)
    {
        if (value is not null)
        {
            RequireId(errors, field, value);
        }
    }

    public static void RequireDefined<TEnum>(this ValidationErrors errors, string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            errors.Add(field, "is required");
        }
        else if (!Enum.IsDefined(value.Value))
        {
            errors.Add(field, AllowedValues.OneOf<TEnum>());
        }
    }

    public static void RequirePresent<T>(this ValidationErrors errors, string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(field, "is required");
        }
    }

    /// <summary>An instant a client reports as past (received, told) may not be ahead of the server clock beyond the skew.</summary>
    public static void NotInFuture(this ValidationErrors errors, string field, Instant? value, Instant now)
    {
        if (value is { } instant && instant > now + AllowedClockSkew)
        {
            errors.Add(field, "must not be in the future");
        }
    }

    public static bool IsPrintableAscii(string value) => value.All(c => c is >= ' ' and <= '~');

    /// <summary>Whether a route id could name anything: an id that cannot is simply not found, without asking a grain.</summary>
    public static bool IsPlausibleId(string value) => value.Length is > 0 and <= MaxIdLength && value.All(c => c is > ' ' and <= '~');

    private static void CheckId(ValidationErrors errors, string field, string value)
    {
        if (value.Length > MaxIdLength)
        {
            errors.Add(field, $"must be at most {MaxIdLength} characters");
        }
        else if (!IsPlausibleId(value))
        {
            errors.Add(field, "must be printable ASCII without spaces");
        }
    }
}
