using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// A new committed date given to the customer. <see cref="AddedBudget"/> is the time (on the target's
/// clock) from the deadline then in force to <see cref="NewDueAt"/>; the budget grows by it, so the
/// deadline lands on the committed date and a later pause still pushes it out.
/// </summary>
public sealed record DeadlineExtension(Instant NewDueAt, Instant RecordedAt, string Reason, CustomerNotice Notice, Duration AddedBudget);
