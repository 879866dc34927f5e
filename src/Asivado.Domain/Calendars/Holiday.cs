using NodaTime;

namespace Asivado.Domain.Calendars;

/// <summary>
/// A local date on which the department is closed: the whole day when <see cref="ClosedFrom"/> and
/// <see cref="ClosedUntil"/> are both null, otherwise only [ClosedFrom, ClosedUntil) that day
/// (a ClosedUntil of midnight means the end of the day).
/// </summary>
public sealed record Holiday(LocalDate Date, string Name, LocalTime? ClosedFrom = null, LocalTime? ClosedUntil = null)
{
    public bool IsWholeDay => ClosedFrom is null && ClosedUntil is null;
}
