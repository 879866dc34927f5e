using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>A department's forecast at one instant: the cases agents have, then the queue in its order.</summary>
/// <param name="AvailableAgents">Agents available now.</param>
/// <param name="FreeSlots">Capacity of the available agents not in use now.</param>
public sealed record QueueForecast(
    Instant At,
    HandlingEstimate Handling,
    int AvailableAgents,
    int FreeSlots,
    IReadOnlyList<CaseForecast> Cases);
