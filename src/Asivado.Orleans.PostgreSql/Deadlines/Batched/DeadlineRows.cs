using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>Deadline rows as the statements return them: grain_type, grain_key first; instants as UTC ticks.</summary>
internal static class DeadlineRows
{
    /// <summary>The key of operations that address a whole grain (the name part empty).</summary>
    public static BatchKey GrainKey(string grainType, string grainKey) => new(grainType, grainKey, "");

    public static BatchKey GrainKeyOf(NpgsqlDataReader reader) => GrainKey(reader.GetString(0), reader.GetString(1));

    /// <summary>The stored instant, exact to the tick, with a zero offset.</summary>
    public static DateTimeOffset Instant(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
