using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// Report tallies (state "department-tallies"), kept apart from the live state so that the intake path
/// does not write them: outcomes and praise/criticism per local date of the department calendar, and the
/// ids already counted.
/// </summary>
public sealed class DepartmentTallyState
{
    /// <summary>
    /// How long a counted id of work that is not an open case of the department (a call, a case that left) is
    /// kept after it was last counted. Repeated reports come from retries (a reminder fired again after a restart,
    /// a call repeated after a timeout), minutes or hours after the first; a case that left starts nothing new.
    /// Two days keeps the set to about two days of work, however long the department runs.
    /// </summary>
    public static readonly Duration CountedRetention = Duration.FromDays(2);

    /// <summary>How often the counted ids are pruned (checked on each write).</summary>
    public static readonly Duration PruneInterval = Duration.FromHours(1);

    /// <summary>Tallies by local date ("yyyy-MM-dd").</summary>
    public Dictionary<string, DailyTally> Days { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Counted work by work id (case id or "call:{callId}").</summary>
    public Dictionary<string, CountedWork> Counted { get; set; } = new(StringComparer.Ordinal);

    public Instant? LastPrunedAt { get; set; }

    /// <summary>
    /// Drops the counted ids of work that is not open in the department and was last counted more than
    /// <see cref="CountedRetention"/> ago; runs at most once per <see cref="PruneInterval"/>.
    /// </summary>
    public void Prune(Instant now, Func<string, bool> isOpen)
    {
        if (LastPrunedAt is { } last && now - last < PruneInterval)
        {
            return;
        }

        LastPrunedAt = now;
        var cutoff = now - CountedRetention;
        foreach (var (workId, counted) in Counted.ToList())
        {
            if (counted.LastCountedAt < cutoff && !isOpen(workId))
            {
                Counted.Remove(workId);
            }
        }
    }
}
