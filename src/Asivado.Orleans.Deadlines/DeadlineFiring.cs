namespace Asivado.Orleans.Deadlines;

/// <summary>A deadline that fell due, as its grain receives it.</summary>
/// <param name="Name">Unique per grain.</param>
/// <param name="DueAt">The instant it was scheduled for.</param>
/// <param name="FiredAt">When the service fired it (by its clock); later than <paramref name="DueAt"/> after downtime.</param>
[GenerateSerializer, Immutable, Alias("asivado.deadlines.firing")]
public sealed record DeadlineFiring(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTimeOffset DueAt,
    [property: Id(2)] DateTimeOffset FiredAt);
