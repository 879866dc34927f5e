using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>What was already counted for one case or call, so that a repeated report does not count twice.</summary>
public sealed class CountedWork
{
    /// <summary>
    /// How long a counted id of work that is not an open case of the department (a call, a case that left) is
    /// kept after it was last counted. Repeated reports come from retries (a reminder fired again after a restart,
    /// a call repeated after a timeout), minutes or hours after the first; a case that left starts nothing new.
    /// Two days keeps the collection to about two days of work, however long the department runs.
    /// </summary>
    public static readonly Duration Retention = Duration.FromDays(2);

    /// <summary>How often the counted ids are pruned (checked on each count).</summary>
    public static readonly Duration PruneInterval = Duration.FromHours(1);

    /// <summary>Targets whose outcome was counted (the first outcome counts; a later Met after a breach does not).</summary>
    public List<string> Targets { get; set; } = [];

    /// <summary>True when the case was counted in the feedback tallies.</summary>
    public bool Intake { get; set; }

    /// <summary>When something was last counted for it (the department's clock); drives the department's pruning.</summary>
    public Instant LastCountedAt { get; set; }
}
