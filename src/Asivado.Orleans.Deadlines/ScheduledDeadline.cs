namespace Asivado.Orleans.Deadlines;

/// <summary>A pending deadline of a grain.</summary>
[GenerateSerializer, Immutable, Alias("asivado.deadlines.scheduled")]
public sealed record ScheduledDeadline(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTimeOffset DueAt);
