using System.Diagnostics.Metrics;

namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>
/// The batchers' instruments on the meter <see cref="MeterName"/> (add it to OpenTelemetry's metrics), each tagged
/// "batcher" = "write" or "read": how many operations each round trip carried, and how many batches fell back to
/// one operation per transaction after a statement error.
/// </summary>
public static class PostgreSqlBatchingMetrics
{
    public const string MeterName = "Asivado.Orleans.PostgreSql";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "asivado.postgresql.batch.size", unit: "{operation}", description: "Operations sent in one round trip (one commit for writes).");

    internal static readonly Counter<long> BatchesRetriedSingly = Meter.CreateCounter<long>(
        "asivado.postgresql.batch.retried_singly", unit: "{batch}", description: "Batches retried one operation per transaction after a statement error.");
}
