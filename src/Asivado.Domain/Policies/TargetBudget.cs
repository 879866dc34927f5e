using Asivado.Domain.Calendars;
using NodaTime;

namespace Asivado.Domain.Policies;

/// <summary>
/// How much time a target allows, in exactly one unit: business days (each one the calendar's
/// business-day length of open time), a fixed duration, or phone rings (each the policy's ring length).
/// </summary>
public sealed record TargetBudget
{
    private TargetBudget(int? businessDays, Duration? time, int? rings)
    {
        BusinessDays = businessDays;
        Time = time;
        Rings = rings;
    }

    public int? BusinessDays { get; }

    public Duration? Time { get; }

    public int? Rings { get; }

    public static TargetBudget OfBusinessDays(int days) =>
        days > 0 ? new(days, null, null) : throw new ArgumentOutOfRangeException(nameof(days), days, "Business days must be positive.");

    public static TargetBudget OfTime(Duration time) =>
        time > Duration.Zero ? new(null, time, null) : throw new ArgumentOutOfRangeException(nameof(time), time, "Time must be positive.");

    public static TargetBudget OfRings(int rings) =>
        rings > 0 ? new(null, null, rings) : throw new ArgumentOutOfRangeException(nameof(rings), rings, "Rings must be positive.");

    /// <summary>The budget as a duration of (business or wall-clock) time.</summary>
    public Duration Resolve(BusinessCalendar calendar, Duration ringLength) =>
        BusinessDays is { } days ? calendar.BusinessDayLength * days
        : Rings is { } rings ? ringLength * rings
        : Time!.Value;

    public override string ToString() =>
        BusinessDays is { } days ? $"{days} business day(s)"
        : Rings is { } rings ? $"{rings} ring(s)"
        : Time!.Value.ToString();
}
