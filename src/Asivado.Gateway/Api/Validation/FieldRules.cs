using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
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

    /// <summary>Text a person writes: present, at most <paramref name="maxLength"/> long, only the characters <see cref="FreeText"/> allows.</summary>
    public static void RequireText(this ValidationErrors errors, string field, string? value, int maxLength, TextLayout layout)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else
        {
            CheckText(errors, field, value, maxLength, layout);
        }
    }

    public static void OptionalText(this ValidationErrors errors, string field, string? value, int maxLength, TextLayout layout)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "must not be blank when given");
        }
        else
        {
            CheckText(errors, field, value, maxLength, layout);
        }
    }

    /// <summary>An instant a person commits to or reports (<see cref="CaseTimeLimits"/>): inside <paramref name="window"/>.</summary>
    public static void Within(this ValidationErrors errors, string field, Instant? value, TimeWindow window)
    {
        if (value is { } instant && !window.Contains(instant))
        {
            errors.Add(field, window.Explain());
        }
    }

    private static void CheckText(ValidationErrors errors, string field, string value, int maxLength, TextLayout layout)
    {
        if (value.Length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
        }
        else if (FreeText.Problem(value, layout) is { } problem)
        {
            errors.Add(field, problem);
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

    /// <summary>An instant a client reports as the time a contact arrived: inside <paramref name="window"/> (<see cref="ReceivedAtOptions"/>).</summary>
    public static void ReceivedWithin(this ValidationErrors errors, string field, Instant? value, ReceivedAtWindow window)
    {
        if (value is not { } instant)
        {
            return;
        }

        if (instant > window.Latest)
        {
            errors.Add(field, $"must not be in the future (at most {Describe(window.MaxAhead)} ahead of the server clock)");
        }
        else if (instant < window.Earliest)
        {
            errors.Add(field, $"must be within the last {Describe(window.MaxAge)} (not before {window.Earliest})");
        }
    }

    /// <summary>"90 days", "1 minute", "36 hours": a limit as a person would say it.</summary>
    internal static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.Ticks % TimeSpan.TicksPerDay == 0 => Plural((long)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.Ticks % TimeSpan.TicksPerHour == 0 => Plural((long)span.TotalHours, "hour"),
        _ when span.Ticks % TimeSpan.TicksPerMinute == 0 => Plural((long)span.TotalMinutes, "minute"),
        _ => Plural((long)Math.Ceiling(span.TotalSeconds), "second"),
    };

    private static string Plural(long count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

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
