namespace Asivado.Domain.Forecasting;

/// <summary>An agent as the forecast sees it: whether it takes work now, its capacity and the load it carries.</summary>
/// <param name="Available">Only available agents start queued cases; the others' slots are not counted.</param>
/// <param name="Load">Units of capacity in use (a written case weighs 1, a live call the whole capacity).</param>
public sealed record ForecastAgent(string AgentId, bool Available, int Capacity, int Load);
