namespace Asivado.Grains.Cases;

/// <summary>The target ids one change settled in time, settled late (or found breached), and waived.</summary>
internal sealed record Settlement(List<string> Met, List<string> Breached, List<string> Waived)
{
    public Settlement()
        : this([], [], [])
    {
    }
}
