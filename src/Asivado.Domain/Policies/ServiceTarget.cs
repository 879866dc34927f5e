using System.Collections.Immutable;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Policies;

/// <summary>
/// One measurable commitment of a policy, e.g. "acknowledge within 1 business day".
/// It applies to a case when the case's channel and kind are both listed.
/// </summary>
/// <param name="WaivedOnFirstContactResolution">True when the target is not needed if the case is resolved on first contact.</param>
public sealed record ServiceTarget(
    string Id,
    string Title,
    TargetBudget Budget,
    ClockKind Clock,
    ImmutableArray<Channel> Channels,
    ImmutableArray<CaseKind> Kinds,
    bool WaivedOnFirstContactResolution = false)
{
    public bool AppliesTo(Channel channel, CaseKind kind) => Channels.Contains(channel) && Kinds.Contains(kind);
}
