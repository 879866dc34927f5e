using Asivado.Grains.Agents;
using NodaTime;

namespace Asivado.Forecast.Benchmarks;

/// <summary>
/// Who is on when: every agent available from 09:00 to 17:00 each day; on Monday the odd agents take lunch 12:00–13:00
/// and the even ones 13:00–14:00 (away), and the last agent goes home ill at 15:30. Work an agent already has is
/// finished on time whatever the agent's presence (only new work follows presence).
/// </summary>
internal static class Staffing
{
    public static IReadOnlyList<(Instant At, string AgentId, AgentPresence Presence)> Changes(IReadOnlyList<string> agents, Instant monday)
    {
        var changes = new List<(Instant, string, AgentPresence)>();
        Instant At(int day, int hour, int minute = 0) => monday.Plus(Duration.FromDays(day) + Duration.FromHours(hour) + Duration.FromMinutes(minute));
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            var lunch = 12 + (i % 2);
            changes.Add((At(0, 9), agent, AgentPresence.Available));
            changes.Add((At(0, lunch), agent, AgentPresence.Away));
            changes.Add((At(0, lunch + 1), agent, AgentPresence.Available));
            changes.Add((i == agents.Count - 1 ? At(0, 15, 30) : At(0, 17), agent, AgentPresence.Offline));
            changes.Add((At(1, 9), agent, AgentPresence.Available));
            changes.Add((At(1, 17), agent, AgentPresence.Offline));
        }

        return [.. changes.OrderBy(c => c.Item1)];
    }
}
