using Asivado.Grains.Agents;
using NodaTime;

namespace Asivado.Gateway.Hubs.Views;

/// <summary>The agent's assignments (soonest next deadline first) and unacknowledged escalations, at <see cref="ServerTime"/>.</summary>
public sealed record MyCases(Instant ServerTime, IReadOnlyList<AgentAssignment> Cases, IReadOnlyList<ConsolePush> OpenEscalations);
