namespace Asivado.Domain.Policies;

/// <summary>Whether a target's budget counts only the calendar's open time or every elapsed second.</summary>
public enum ClockKind
{
    BusinessTime = 1,
    WallClock,
}
