namespace Asivado.LoadTest.Scenarios;

/// <summary>How a target's budget is counted (the domain's ClockKind).</summary>
public enum TargetClock
{
    WallClock,
    BusinessTime,
}
