namespace Asivado.LoadTest.Scenarios;

/// <summary>One phase of a phased intake: this many intakes a second for this many seconds.</summary>
public sealed record IntakePhase
{
    public double RatePerSecond { get; init; }

    public int Seconds { get; init; }
}
