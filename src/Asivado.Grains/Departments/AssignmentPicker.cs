using Asivado.Grains.Agents;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>What the picker may know about an agent, and nothing else.</summary>
internal readonly record struct AssignmentCandidate(string AgentId, AgentPresence Presence, int Capacity, int Load, Instant? LastAssignedAt);

/// <summary>
/// Chooses who gets a case: among the agents that are Available and have room for one more case
/// (Load + 1 &lt;= Capacity), the least loaded; ties go to the agent whose last assignment is oldest (never
/// assigned counts as oldest), then to the smaller id (ordinal). It sees only presence, capacity, load and
/// the last assignment instant: routing never uses age, race, gender, ethnicity, religion or disability
/// (the system does not even hold them), so every customer gets the same service.
/// </summary>
internal static class AssignmentPicker
{
    /// <summary>A written case weighs one unit of capacity (a live call is weighted by the call grain).</summary>
    public const int CaseWeight = 1;

    public static string? Pick(IEnumerable<AssignmentCandidate> candidates)
    {
        AssignmentCandidate? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Presence != AgentPresence.Available || candidate.Load + CaseWeight > candidate.Capacity)
            {
                continue;
            }

            if (best is null || IsBetter(candidate, best.Value))
            {
                best = candidate;
            }
        }

        return best?.AgentId;
    }

    private static bool IsBetter(AssignmentCandidate candidate, AssignmentCandidate best)
    {
        if (candidate.Load != best.Load)
        {
            return candidate.Load < best.Load;
        }

        if (candidate.LastAssignedAt != best.LastAssignedAt)
        {
            return candidate.LastAssignedAt is null
                || (best.LastAssignedAt is not null && candidate.LastAssignedAt.Value < best.LastAssignedAt.Value);
        }

        return string.CompareOrdinal(candidate.AgentId, best.AgentId) < 0;
    }
}
