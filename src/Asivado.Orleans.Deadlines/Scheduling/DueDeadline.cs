using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>One deadline taken from the in-memory schedule to fire, and how many handler calls of it failed before.</summary>
internal readonly record struct DueDeadline(DeadlineEntry Entry, int FailedAttempts);
