using NodaTime;

namespace Asivado.Domain.Deadlines;

public enum SkipReason
{
    OutsideOpeningHours = 1,
    Holiday,
}

/// <summary>A closed stretch between two counted open intervals; <see cref="Holidays"/> names any holiday in it.</summary>
public sealed record SkippedPeriod(Instant Start, Instant End, SkipReason Reason, IReadOnlyList<string> Holidays);
