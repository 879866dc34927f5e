using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// Everything a grain persists for one target of one case: the plain, serialisable input from which
/// <see cref="DeadlineCalculator"/> derives the deadline, its escalation steps and its explanation.
/// Change it only through the calculator's Pause/Resume/Extend/Recalculate, which keep it consistent.
/// The derived properties are not serialised: they would double what is stored for every deadline of every case.
/// </summary>
/// <param name="Bases">The first basis starts at <see cref="StartedAt"/>; each recalculation appends one.</param>
public sealed record DeadlineClock(
    string TargetId,
    Instant StartedAt,
    ImmutableArray<DeadlineBasis> Bases,
    ImmutableArray<PausePeriod> Pauses,
    ImmutableArray<DeadlineExtension> Extensions)
{
    [JsonIgnore]
    public DeadlineBasis Current => Bases[^1];

    [JsonIgnore]
    public bool IsPaused => !Pauses.IsDefaultOrEmpty && Pauses[^1].End is null;

    [JsonIgnore]
    public Duration ExtendedBy => Extensions.IsDefaultOrEmpty
        ? Duration.Zero
        : Extensions.Aggregate(Duration.Zero, (sum, e) => sum + e.AddedBudget);
}
