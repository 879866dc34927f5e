using System.Text;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.PostgreSql.Storage;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>Bad input fails with an exception naming the argument, before any SQL runs (the schema is never migrated).</summary>
public sealed class PostgreSqlProviderArgumentTests : IAsyncLifetime
{
    private static readonly ReadOnlyMemory<byte> Payload = Encoding.UTF8.GetBytes("{}");
    private readonly PostgreSqlTestSchema _schema = PostgreSqlTestSchema.CreateEmpty();
    private PostgreSqlGrainStorage Storage => new(_schema.DataSource, _schema.Batchers, _schema.Options, NullLogger<PostgreSqlGrainStorage>.Instance);
    private PostgreSqlReminderTable Table => new(_schema.DataSource, _schema.Batchers, _schema.Options, NullLogger<PostgreSqlReminderTable>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task Storage_refuses_a_default_grain_id()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync("state", default, Payload, null));

        Assert.Equal("grainId", refused.ParamName);
    }

    [Fact]
    public async Task Storage_refuses_a_blank_state_name()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync(" ", new GrainId("case", "1")));

        Assert.Equal("stateName", refused.ParamName);
    }

    [Fact]
    public async Task Storage_refuses_a_key_postgresql_cannot_store()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Storage.ClearAsync("state", new GrainId("case", "a\0b"), null));

        Assert.Equal("grainId", refused.ParamName);
    }

    [Fact]
    public async Task Reminders_refuse_an_empty_name()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Table.RemoveAsync(new GrainId("case", "1"), "", null));

        Assert.Equal("name", refused.ParamName);
    }

    [Fact]
    public async Task Reminders_refuse_a_negative_period()
    {
        var entry = new ReminderEntry(new GrainId("case", "1"), "poll", DateTimeOffset.UnixEpoch, TimeSpan.FromTicks(-1));

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Table.UpsertAsync(entry));

        Assert.Equal("entry", refused.ParamName);
    }

    [Fact]
    public async Task Reminders_refuse_a_missing_etag_to_advance()
    {
        var refused = await Assert.ThrowsAsync<ArgumentNullException>(
            () => Table.AdvanceAsync(new GrainId("case", "1"), "poll", null!, DateTimeOffset.UnixEpoch));

        Assert.Equal("expectedETag", refused.ParamName);
    }
}
