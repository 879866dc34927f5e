using System.Collections.Immutable;
using NodaTime;

namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>
/// What a re-application job persists ("reapplication" state): the cases it found open when it started, how far it
/// got (<see cref="Done"/> cases, in order) and what it found. Stored after every step.
/// </summary>
public sealed record ReapplicationJobState
{
    /// <summary>The first failures kept by case id (the count is in <see cref="Failed"/>).</summary>
    public const int FailuresKept = 20;

    public ReapplicationStatus Status { get; init; }

    public long Revision { get; init; }

    public string Reference { get; init; } = "";

    public ImmutableArray<string> DepartmentIds { get; init; } = [];

    public ImmutableArray<string> CaseIds { get; init; } = [];

    public int Done { get; init; }

    public int Changed { get; init; }

    public int Unchanged { get; init; }

    public int NotOpen { get; init; }

    public int Failed { get; init; }

    public ImmutableArray<ReapplicationFailure> Failures { get; init; } = [];

    public Instant? StartedAt { get; init; }

    public Instant? FinishedAt { get; init; }

    /// <summary>How many times a step was resumed by the job's deadline (after its silo was lost or restarted).</summary>
    public int Resumed { get; init; }
}
