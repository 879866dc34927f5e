using System.Collections.Immutable;
using Asivado.Domain.Escalation;
using NodaTime;

namespace Asivado.Domain.Policies;

/// <summary>
/// A department's revisions to a base policy (e.g. voicemail counted on the wall clock, 5 s rings).
/// <see cref="ApplyTo"/> yields the department's effective policy, which is published and referenced
/// like any other policy revision.
/// </summary>
public sealed record DepartmentPolicyOverrides(
    string DepartmentId,
    int Revision,
    ImmutableArray<TargetOverride> Targets,
    Duration? RingLength = null,
    EscalationLadderDefinition? Escalation = null)
{
    /// <summary>The effective policy: id "{base id}@r{base revision}/{department}", revision = the overrides' revision.</summary>
    public PolicyDocument ApplyTo(PolicyDocument basePolicy)
    {
        var targets = basePolicy.Targets;
        for (var i = 0; i < Targets.Length; i++)
        {
            var change = Targets[i];
            var index = targets.IndexOf(targets.FirstOrDefault(t => t.Id == change.TargetId)!);
            if (index < 0)
            {
                throw new PolicyFormatException($"targets[{i}].id", $"policy {basePolicy.Reference} has no target '{change.TargetId}'");
            }

            var original = targets[index];
            targets = targets.SetItem(index, original with
            {
                Budget = change.Budget ?? original.Budget,
                Clock = change.Clock ?? original.Clock,
            });
        }

        return basePolicy with
        {
            Id = $"{basePolicy.Reference}/{DepartmentId}",
            Revision = Revision,
            RingLength = RingLength ?? basePolicy.RingLength,
            Targets = targets,
            Escalation = Escalation ?? basePolicy.Escalation,
        };
    }
}
