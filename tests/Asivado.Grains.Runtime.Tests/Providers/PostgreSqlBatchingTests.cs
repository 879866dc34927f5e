using System.Text;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.PostgreSql;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.PostgreSql.Storage;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>
/// How writes of many grains share batches. A row lock held by the test's own transaction keeps the one batch slot
/// busy, so that whatever is sent meanwhile is known to wait and go together in the next batch: no timing involved.
/// </summary>
public sealed class PostgreSqlBatchingTests : IAsyncLifetime
{
    private static readonly GrainId Blocker = new("case", "blocker");

    private PostgreSqlTestSchema _schema = null!;
    private PostgreSqlBatchers _batchers = null!;
    private PostgreSqlGrainStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        var options = new PostgreSqlGrainProviderOptions
        {
            ConnectionString = _schema.Options.ConnectionString,
            Schema = _schema.Name,
            MaxConcurrentWriteBatches = 1,
        };
        _batchers = new PostgreSqlBatchers(_schema.DataSource, options, NullLogger<PostgreSqlBatchers>.Instance);
        _storage = new PostgreSqlGrainStorage(_schema.DataSource, _batchers, options, NullLogger<PostgreSqlGrainStorage>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _batchers.DisposeAsync();
        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task Writes_sent_while_a_batch_is_in_flight_go_together_in_the_next_one()
    {
        var blockerETag = await _storage.WriteAsync("state", Blocker, Json("0"), null);
        var before = _batchers.Writes.BatchesSent;
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteAsync("state", Blocker, Json("1"), blockerETag);
        var grains = Enumerable.Range(0, 100).Select(i => new GrainId("case", $"C-{i}")).ToList();
        var writes = grains.Select(grain => _storage.WriteAsync("state", grain, Json($"\"{grain.Key}\""), null)).ToList();
        await lockHolder.CommitAsync();
        var eTags = await Task.WhenAll(writes);
        await blocked;

        Assert.InRange(_batchers.Writes.BatchesSent - before, 1, 2);
        Assert.Equal(100, eTags.Distinct().Count());
        for (var i = 0; i < grains.Count; i++)
        {
            var stored = await _storage.ReadAsync("state", grains[i]);
            Assert.Equal(eTags[i], stored!.ETag);
            Assert.Equal($"\"{grains[i].Key}\"", Encoding.UTF8.GetString(stored.Json));
        }
    }

    [Fact]
    public async Task A_conflict_fails_only_its_own_write_in_a_shared_batch()
    {
        var blockerETag = await _storage.WriteAsync("state", Blocker, Json("0"), null);
        var left = new GrainId("case", "left");
        var right = new GrainId("case", "right");
        var leftETag = await _storage.WriteAsync("state", left, Json("\"left\""), null);
        var rightETag = await _storage.WriteAsync("state", right, Json("\"right\""), null);
        var rightStale = await _storage.WriteAsync("state", right, Json("\"right 2\""), rightETag);
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteAsync("state", Blocker, Json("1"), blockerETag);
        var leftWrite = _storage.WriteAsync("state", left, Json("\"left 2\""), leftETag);
        var staleWrite = _storage.WriteAsync("state", right, Json("\"right 3\""), rightETag);
        var newWrite = _storage.WriteAsync("state", new GrainId("case", "new"), Json("\"new\""), null);
        await lockHolder.CommitAsync();

        await blocked;
        await leftWrite;
        await newWrite;
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => staleWrite);
        Assert.Equal(rightStale, conflict.StoredETag);
        Assert.Equal("\"left 2\"", Encoding.UTF8.GetString((await _storage.ReadAsync("state", left))!.Json));
        Assert.Equal("\"right 2\"", Encoding.UTF8.GetString((await _storage.ReadAsync("state", right))!.Json));
    }

    [Fact]
    public async Task A_statement_error_fails_only_the_operation_at_fault_and_the_rest_commit()
    {
        await _schema.ExecuteAsync($"""
            CREATE FUNCTION "{_schema.Name}".refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.grain_key = 'poison' THEN RAISE EXCEPTION 'poison refused'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON "{_schema.Name}".grain_state
                FOR EACH ROW EXECUTE FUNCTION "{_schema.Name}".refuse_poison();
            """);
        var blockerETag = await _storage.WriteAsync("state", Blocker, Json("0"), null);
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteAsync("state", Blocker, Json("1"), blockerETag);
        var poison = _storage.WriteAsync("state", new GrainId("case", "poison"), Json("1"), null);
        var good = Enumerable.Range(0, 5).Select(i => _storage.WriteAsync("state", new GrainId("case", $"good-{i}"), Json("1"), null)).ToList();
        await lockHolder.CommitAsync();

        await blocked;
        var refused = await Assert.ThrowsAsync<PostgresException>(() => poison);
        Assert.Contains("poison refused", refused.MessageText, StringComparison.Ordinal);
        await Task.WhenAll(good);
        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(await _storage.ReadAsync("state", new GrainId("case", $"good-{i}")));
        }

        Assert.Null(await _storage.ReadAsync("state", new GrainId("case", "poison")));
    }

    [Fact]
    public async Task A_completed_write_is_visible_to_another_connection()
    {
        var grain = new GrainId("case", "durable");

        var eTag = await _storage.WriteAsync("state", grain, Json("\"durable\""), null);

        await using var other = NpgsqlDataSource.Create(_schema.Options.ConnectionString!);
        await using var command = other.CreateCommand($"SELECT version FROM \"{_schema.Name}\".grain_state WHERE grain_key = 'durable'");
        Assert.Equal(eTag, ((long)(await command.ExecuteScalarAsync())!).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_caller_that_gives_up_before_its_batch_is_sent_writes_nothing()
    {
        var blockerETag = await _storage.WriteAsync("state", Blocker, Json("0"), null);
        await using var lockHolder = await LockAsync(Blocker);
        var blocked = _storage.WriteAsync("state", Blocker, Json("1"), blockerETag);
        using var cancellation = new CancellationTokenSource();

        var abandoned = _storage.WriteAsync("state", new GrainId("case", "abandoned"), Json("1"), null, cancellation.Token);
        await cancellation.CancelAsync();
        await lockHolder.CommitAsync();
        await blocked;

        // Either it had joined the blocked batch (written) or it was left out (cancelled): never half.
        var stored = await _storage.ReadAsync("state", new GrainId("case", "abandoned"));
        if (stored is null)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        }
        else
        {
            Assert.Equal(stored.ETag, await abandoned);
        }
    }

    /// <summary>Locks the grain's state row in a transaction of the test's own until it commits.</summary>
    private async Task<NpgsqlTransaction> LockAsync(GrainId grain)
    {
        var connection = await _schema.DataSource.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT 1 FROM \"{_schema.Name}\".grain_state WHERE grain_key = @key FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("key", grain.Key);
        await command.ExecuteScalarAsync();
        return transaction;
    }

    private static ReadOnlyMemory<byte> Json(string json) => Encoding.UTF8.GetBytes(json);
}
