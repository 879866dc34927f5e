using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// The policy revision and calendar version in force from <see cref="CountingFrom"/> on.
/// <see cref="ConsumedBefore"/> is the budget time consumed under the earlier bases (zero for the first).
/// </summary>
public sealed record DeadlineBasis(PolicyReference Policy, CalendarReference Calendar, Instant CountingFrom, Duration ConsumedBefore);
