using Asivado.Orleans.PostgreSql.Storage;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Asivado.Orleans.PostgreSql.Tests.Storage;

/// <summary>
/// How writes of many grains share batches. With one write slot, a row lock held by the test's own transaction keeps
/// that slot busy, so whatever is sent meanwhile is known to wait and go together in the next batch: no timing involved.
/// </summary>
public sealed class PostgreSqlBatchingTests : IAsyncLifetime
{
    private const string StateName = "case";
    private static readonly GrainId Blocker = GrainId.Create("case", "blocker");

    private PostgreSqlTestSchema _schema = null!;
    private PostgreSqlGrainStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync(options => options.Batching.MaxConcurrentWriteBatches = 1);
        _storage = _schema.CreateGrainStorage();
    }

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task Writes_of_many_grains_sent_while_a_batch_is_in_flight_go_together_in_one_round_trip()
    {
        var blocker = await WriteNewAsync(Blocker, "0");
        var batchesBefore = _schema.Batchers.WriteBatchesSent;
        var operationsBefore = _schema.Batchers.WriteOperationsSent;
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteStateAsync(StateName, Blocker, blocker);
        var grains = Enumerable.Range(0, 100).Select(i => GrainId.Create("case", $"C-{i}")).ToList();
        var states = grains.Select(grain => State(grain.Key.ToString()!)).ToList();
        var writes = grains.Select((grain, i) => _storage.WriteStateAsync(StateName, grain, states[i])).ToList();
        await lockHolder.CommitAsync();
        await Task.WhenAll(writes);
        await blocked;

        Assert.InRange(_schema.Batchers.WriteBatchesSent - batchesBefore, 1, 2);
        Assert.Equal(101, _schema.Batchers.WriteOperationsSent - operationsBefore);
        Assert.Equal(100, states.Select(state => state.ETag).Distinct().Count());
        for (var i = 0; i < grains.Count; i++)
        {
            var read = await ReadAsync(grains[i]);
            Assert.Equal(states[i].ETag, read.ETag);
            Assert.Equal(grains[i].Key.ToString(), read.State.Subject);
        }
    }

    [Fact]
    public async Task A_grains_state_entries_and_deadlines_sent_together_share_one_commit()
    {
        var blocker = await WriteNewAsync(Blocker, "0");
        var entries = _schema.CreateEntryStorage();
        var deadlines = _schema.CreateDeadlineTable();
        var grain = GrainId.Create("case", "together");
        var dueAt = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var batchesBefore = _schema.Batchers.WriteBatchesSent;
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteStateAsync(StateName, Blocker, blocker);
        var state = _storage.WriteStateAsync(StateName, grain, State("together"));
        var entry = entries.WriteEntriesAsync("history", grain, [new("1", Json.Bytes("\"opened\""))]);
        var deadline = deadlines.ApplyAsync(grain, [new("acknowledge", dueAt)], []);
        await lockHolder.CommitAsync();
        await Task.WhenAll(blocked, state, entry, deadline);

        Assert.InRange(_schema.Batchers.WriteBatchesSent - batchesBefore, 1, 2);
        Assert.True((await ReadAsync(grain)).RecordExists);
        Assert.Equal("\"opened\"", Json.Text(Assert.Single(await entries.ReadEntriesAsync("history", grain)).Json));
        Assert.Equal(dueAt, Assert.Single(await deadlines.ReadForGrainAsync(grain)).DueAt);
    }

    [Fact]
    public async Task A_conflict_fails_only_its_own_write_in_a_shared_batch()
    {
        var blocker = await WriteNewAsync(Blocker, "0");
        var left = await WriteNewAsync(GrainId.Create("case", "left"), "left");
        var right = await WriteNewAsync(GrainId.Create("case", "right"), "right");
        var rightStaleETag = right.ETag;
        right.State.Subject = "right 2";
        await _storage.WriteStateAsync(StateName, GrainId.Create("case", "right"), right);
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteStateAsync(StateName, Blocker, blocker);
        left.State.Subject = "left 2";
        var leftWrite = _storage.WriteStateAsync(StateName, GrainId.Create("case", "left"), left);
        var staleWrite = _storage.WriteStateAsync(StateName, GrainId.Create("case", "right"), new TestGrainState<CaseState> { State = new CaseState { Subject = "right 3" }, ETag = rightStaleETag });
        var newWrite = _storage.WriteStateAsync(StateName, GrainId.Create("case", "new"), State("new"));
        await lockHolder.CommitAsync();

        await blocked;
        await leftWrite;
        await newWrite;
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => staleWrite);
        Assert.Equal(right.ETag, conflict.StoredEtag);
        Assert.Equal("left 2", (await ReadAsync(GrainId.Create("case", "left"))).State.Subject);
        Assert.Equal("right 2", (await ReadAsync(GrainId.Create("case", "right"))).State.Subject);
        Assert.True((await ReadAsync(GrainId.Create("case", "new"))).RecordExists);
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
        var blocker = await WriteNewAsync(Blocker, "0");
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteStateAsync(StateName, Blocker, blocker);
        var poison = _storage.WriteStateAsync(StateName, GrainId.Create("case", "poison"), State("poison"));
        var good = Enumerable.Range(0, 5).Select(i => _storage.WriteStateAsync(StateName, GrainId.Create("case", $"good-{i}"), State("good"))).ToList();
        await lockHolder.CommitAsync();

        await blocked;
        var refused = await Assert.ThrowsAsync<PostgresException>(() => poison);
        Assert.Contains("poison refused", refused.MessageText, StringComparison.Ordinal);
        await Task.WhenAll(good);
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await ReadAsync(GrainId.Create("case", $"good-{i}"))).RecordExists);
        }

        Assert.False((await ReadAsync(GrainId.Create("case", "poison"))).RecordExists);
    }

    [Fact]
    public async Task A_failing_deadline_change_in_a_shared_batch_fails_only_its_grain()
    {
        await _schema.ExecuteAsync($"""
            CREATE FUNCTION "{_schema.Name}".refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.deadline_name = 'poison' THEN RAISE EXCEPTION 'poison refused'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON "{_schema.Name}".deadlines
                FOR EACH ROW EXECUTE FUNCTION "{_schema.Name}".refuse_poison();
            """);
        var deadlines = _schema.CreateDeadlineTable();
        var dueAt = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var poisoned = GrainId.Create("case", "poisoned");
        var healthy = GrainId.Create("case", "healthy");
        var blocker = await WriteNewAsync(Blocker, "0");
        await using var lockHolder = await LockAsync(Blocker);

        var blocked = _storage.WriteStateAsync(StateName, Blocker, blocker);
        var poison = deadlines.ApplyAsync(poisoned, [new("respond", dueAt), new("poison", dueAt)], []);
        var good = deadlines.ApplyAsync(healthy, [new("respond", dueAt)], []);
        await lockHolder.CommitAsync();

        await blocked;
        await good;
        await Assert.ThrowsAsync<PostgresException>(() => poison);
        Assert.Empty(await deadlines.ReadForGrainAsync(poisoned));
        Assert.Equal("respond", Assert.Single(await deadlines.ReadForGrainAsync(healthy)).Name);
    }

    [Fact]
    public async Task A_completed_write_is_committed_and_visible_to_another_connection()
    {
        var state = await WriteNewAsync(GrainId.Create("case", "durable"), "durable");

        await using var other = NpgsqlDataSource.Create(_schema.Options.ConnectionString!);
        await using var command = other.CreateCommand($"SELECT version FROM \"{_schema.Name}\".grain_state WHERE grain_key = 'durable'");
        Assert.Equal(state.ETag, ((long)(await command.ExecuteScalarAsync())!).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_caller_that_gives_up_before_its_batch_is_sent_writes_nothing()
    {
        var blocker = await WriteNewAsync(Blocker, "0");
        var entries = _schema.CreateEntryStorage();
        await using var lockHolder = await LockAsync(Blocker);
        var blocked = _storage.WriteStateAsync(StateName, Blocker, blocker);
        using var cancellation = new CancellationTokenSource();

        var abandoned = entries.WriteEntriesAsync("feed", GrainId.Create("agent", "abandoned"), [new("1", Json.Bytes("1"))], cancellation.Token);
        await cancellation.CancelAsync();
        await lockHolder.CommitAsync();
        await blocked;

        // Either it had joined the blocked batch (written) or it was left out (cancelled): never half.
        var stored = await entries.ReadEntriesAsync("feed", GrainId.Create("agent", "abandoned"));
        if (stored.Count == 0)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        }
        else
        {
            await abandoned;
        }
    }

    private async Task<TestGrainState<CaseState>> WriteNewAsync(GrainId grain, string subject)
    {
        var state = State(subject);
        await _storage.WriteStateAsync(StateName, grain, state);
        return state;
    }

    private async Task<TestGrainState<CaseState>> ReadAsync(GrainId grain)
    {
        var state = new TestGrainState<CaseState>();
        await _storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private static TestGrainState<CaseState> State(string subject) => new() { State = new CaseState { Subject = subject } };

    private Task<NpgsqlTransaction> LockAsync(GrainId grain) => _schema.LockRowsAsync("grain_state", $"grain_key = '{grain.Key}'");
}
