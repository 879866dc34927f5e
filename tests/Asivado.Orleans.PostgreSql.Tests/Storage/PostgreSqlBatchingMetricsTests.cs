using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Tests.Storage;

public sealed class PostgreSqlBatchingMetricsTests : IAsyncLifetime
{
    private PostgreSqlTestSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgreSqlTestSchema.CreateMigratedAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task Each_batch_records_its_size_tagged_with_its_batcher()
    {
        // The meter is process-wide and other test classes write at the same time: look only for this write's kind.
        var sizes = new ConcurrentBag<(int Size, string Batcher)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == PostgreSqlBatchingMetrics.MeterName && instrument.Name == "asivado.postgresql.batch.size")
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, size, tags, _) => sizes.Add((size, (string)tags[0].Value!)));
        listener.Start();

        await _schema.CreateEntryStorage().WriteEntriesAsync("feed", GrainId.Create("agent", "metrics"), [new("1", Json.Bytes("1"))]);
        await _schema.CreateEntryStorage().ReadEntriesAsync("feed", GrainId.Create("agent", "metrics"));

        Assert.Contains(sizes, measurement => measurement.Batcher == "write" && measurement.Size >= 1);
        Assert.Contains(sizes, measurement => measurement.Batcher == "read" && measurement.Size >= 1);
    }
}
