namespace Asivado.Domain.Forecasting;

/// <summary>An agent as the forecast sees it: whether it takes work now, its capacity and the load it carries.</summary>
/// <param name="Available">Available agents start queued cases now.</param>
/// <param name="Load">Units of capacity in use (a written case weighs 1, a live call the whole capacity).</param>
/// <param name="OnBreak">Not available but still on shift (busy or away): expected back after <see cref="ForecastSettings.BreakReturn"/>. Neither: off shift, no slots.</param>
public sealed record ForecastAgent(string AgentId, bool Available, int Capacity, int Load, bool OnBreak = false);
