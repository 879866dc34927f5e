namespace Asivado.Grains.Cases;

/// <summary>The target ids one change settled in time, and those it settled late (or found already breached).</summary>
internal sealed record Settlement(List<string> Met, List<string> Breached)
{
    public Settlement()
        : this([], [])
    {
    }
}
