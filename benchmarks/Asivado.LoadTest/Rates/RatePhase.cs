namespace Asivado.LoadTest.Rates;

/// <summary>A stretch of an open-loop run at one rate (a burst, then the normal rate it must recover to).</summary>
public sealed record RatePhase(double RatePerSecond, TimeSpan Duration);
