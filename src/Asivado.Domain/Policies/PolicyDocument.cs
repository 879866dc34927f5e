using System.Collections.Immutable;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using NodaTime;

namespace Asivado.Domain.Policies;

/// <summary>
/// One revision of a service-standard policy: metadata, targets and escalation ladder.
/// Load from JSON with <see cref="PolicyJson"/>; the two seed policies ship as <see cref="DefaultPolicies"/>.
/// </summary>
/// <param name="RingLength">The length of one phone ring, for ring-counted budgets (6 s by default).</param>
public sealed record PolicyDocument(
    string Id,
    int Revision,
    PolicyMetadata Metadata,
    Duration RingLength,
    ImmutableArray<ServiceTarget> Targets,
    EscalationLadderDefinition Escalation)
{
    public static Duration DefaultRingLength { get; } = Duration.FromSeconds(6);

    public PolicyReference Reference => new(Id, Revision);

    public ServiceTarget Target(string targetId)
    {
        foreach (var target in Targets)
        {
            if (target.Id == targetId)
            {
                return target;
            }
        }

        throw new KeyNotFoundException($"Policy {Reference} has no target '{targetId}'.");
    }

    /// <summary>The targets that apply to a case of this channel and kind.</summary>
    public IEnumerable<ServiceTarget> TargetsFor(Channel channel, CaseKind kind) =>
        Targets.Where(t => t.AppliesTo(channel, kind));
}
