using NodaTime;

namespace Asivado.Simulate;

/// <summary>When a person is at work: on these weekdays, from..to local time in the day's zone.</summary>
public sealed record Shift(string PersonId, IReadOnlySet<IsoDayOfWeek> Days, LocalTime From, LocalTime To)
{
    /// <summary>The shift's span on <paramref name="date"/>, or null when the person does not work that day.</summary>
    public (Instant Start, Instant End)? On(LocalDate date, DateTimeZone zone) =>
        Days.Contains(date.DayOfWeek)
            ? (zone.AtLeniently(date + From).ToInstant(), zone.AtLeniently(date + To).ToInstant())
            : null;
}
