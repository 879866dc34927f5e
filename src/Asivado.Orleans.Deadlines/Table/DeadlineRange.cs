namespace Asivado.Orleans.Deadlines.Table;

/// <summary>
/// A range of ring positions, as Orleans' ring ranges are: exclusive <see cref="Begin"/>, inclusive <see cref="End"/>,
/// wrapping past <see cref="uint.MaxValue"/> when <see cref="End"/> is not above <see cref="Begin"/>;
/// <see cref="Begin"/> equal to <see cref="End"/> is the full ring.
/// </summary>
public readonly record struct DeadlineRange(uint Begin, uint End)
{
    public static DeadlineRange Full => new(0, 0);

    public bool IsFull => Begin == End;

    public bool Contains(uint hash) => IsFull || (Begin < End ? hash > Begin && hash <= End : hash > Begin || hash <= End);
}
