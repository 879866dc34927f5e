using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Asivado.Domain.Cases;

namespace Asivado.Grains.Cases;

/// <summary>
/// Everything a case grain persists as one record ("case" state), its history included: a change builds the next
/// value and writes it in one <c>WriteStateAsync</c>, so a crash leaves the change and its history whole or absent.
/// Idle case grains are collected, so the history is in memory only while the case is being worked.
/// <see cref="Case"/> is null until the case is opened.
/// </summary>
/// <remarks>No age, race, gender, ethnicity, religion or disability; contact details only in <see cref="Customer"/> and <see cref="Intake"/>.</remarks>
public sealed record CaseGrainState
{
    /// <summary>No case: nothing opened, no deadline.</summary>
    public static readonly CaseGrainState None = new();

    public CaseState? Case { get; init; }

    /// <summary>The intake exactly as first submitted (it tells a repeated Open from a different one); stored once.</summary>
    public CaseIntake? Intake { get; init; }

    [JsonIgnore]
    public CustomerDetails? Customer => Intake?.Customer;

    [JsonIgnore]
    public string Subject => Intake?.Subject ?? "";

    [JsonIgnore]
    public string Description => Intake?.Description ?? "";

    /// <summary>The department that owns the case now (it changes on referral).</summary>
    public string DepartmentId { get; init; } = "";

    public CaseReferralView? Referral { get; init; }

    /// <summary>The acknowledgement with what it named and the message given; null until acknowledged.</summary>
    public AcknowledgementRecord? Acknowledgement { get; init; }

    public ImmutableArray<CaseDeadline> Deadlines { get; init; } = [];

    /// <summary>Every change, in order, numbered from 1.</summary>
    public ImmutableArray<CaseHistoryEntry> History { get; init; } = [];

    [JsonIgnore]
    public long HistoryCount => History.IsDefault ? 0 : History.Length;
}
