using NodaTime;

namespace Asivado.Domain.Calendars;

/// <summary>
/// One weekly opening interval in the calendar's local time. An <see cref="End"/> of midnight means
/// the end of the day (24:00); a department can list several intervals a day (split shifts, lunch).
/// </summary>
public sealed record OpeningInterval(IsoDayOfWeek Day, LocalTime Start, LocalTime End);
