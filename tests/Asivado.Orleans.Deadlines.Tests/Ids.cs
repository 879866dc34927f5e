namespace Asivado.Orleans.Deadlines.Tests;

internal static class Ids
{
    public static readonly DateTimeOffset Origin = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static GrainId Grain(string key) => GrainId.Create("case", key);
}
