using System.Text.Json;
using Asivado.Orleans.Persistence.Json;
using Asivado.Orleans.PostgreSql.Storage;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Asivado.Orleans.PostgreSql.Tests.Storage;

/// <summary>The storage conformance cases of Orleans' Persistence.TestKit, written for this provider, and its own rules (keys, JSON, ETags).</summary>
public sealed class PostgreSqlGrainStorageTests : IAsyncLifetime
{
    private const string StateName = "case";
    private static readonly GrainId Grain = GrainId.Create("case", "C-1");

    private PostgreSqlTestSchema _schema = null!;
    private PostgreSqlGrainStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        _storage = _schema.CreateGrainStorage(new GrainStateJsonOptions { SerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) });
    }

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task Reading_a_missing_state_gives_a_new_state_no_etag_and_no_record()
    {
        var state = new TestGrainState<CaseState> { ETag = "stale", RecordExists = true };

        await _storage.ReadStateAsync(StateName, Grain, state);

        Assert.NotNull(state.State);
        Assert.Equal("", state.State.Subject);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task A_written_state_reads_back_with_the_etag_the_write_set()
    {
        var written = NewState("Grüße ✓ 客户服务", 3, "phone", "urgent");

        await _storage.WriteStateAsync(StateName, Grain, written);
        var read = new TestGrainState<CaseState>();
        await _storage.ReadStateAsync(StateName, Grain, read);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("Grüße ✓ 客户服务", read.State.Subject);
        Assert.Equal(3, read.State.Count);
        Assert.Equal(["phone", "urgent"], read.State.Tags);
    }

    [Fact]
    public async Task The_row_holds_readable_json_in_the_hosts_options_without_type_names_keyed_by_type_key_and_state()
    {
        await _storage.WriteStateAsync(StateName, Grain, NewState("printer", 1, "mail"));

        Assert.Equal(
            """case|C-1|case|{"subject":"printer","count":1,"tags":["mail"]}""",
            await _schema.ScalarAsync<string>(
                $"SELECT grain_type || '|' || grain_key || '|' || state_name || '|' || convert_from(payload, 'UTF8') FROM \"{_schema.Name}\".grain_state"));
    }

    [Fact]
    public async Task Every_write_gets_a_new_etag()
    {
        var state = NewState("a", 1);
        await _storage.WriteStateAsync(StateName, Grain, state);
        var first = state.ETag;

        state.State.Count = 2;
        await _storage.WriteStateAsync(StateName, Grain, state);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal(2, (await ReadAsync(Grain)).State.Count);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_with_InconsistentStateException_and_changes_nothing()
    {
        var state = NewState("first", 1);
        await _storage.WriteStateAsync(StateName, Grain, state);
        var stale = state.ETag;
        state.State.Count = 2;
        await _storage.WriteStateAsync(StateName, Grain, state);
        var current = state.ETag;

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteStateAsync(StateName, Grain, NewStateAt("stale", 9, stale)));

        Assert.Equal(current, conflict.StoredEtag);
        Assert.Equal(stale, conflict.CurrentEtag);
        var read = await ReadAsync(Grain);
        Assert.Equal(current, read.ETag);
        Assert.Equal(("first", 2), (read.State.Subject, read.State.Count));
    }

    [Fact]
    public async Task A_write_with_an_etag_this_provider_never_issued_conflicts()
    {
        await _storage.WriteStateAsync(StateName, Grain, NewState("first", 1));

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, NewStateAt("x", 1, "not-a-version")));
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, GrainId.Create("case", "missing"), NewStateAt("x", 1, "7")));
    }

    [Fact]
    public async Task Inserting_without_an_etag_when_a_row_exists_conflicts_and_changes_nothing()
    {
        var existing = NewState("existing", 1);
        await _storage.WriteStateAsync(StateName, Grain, existing);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, NewState("duplicate", 2)));

        Assert.Equal(existing.ETag, conflict.StoredEtag);
        Assert.Null(conflict.CurrentEtag);
        Assert.Equal("existing", (await ReadAsync(Grain)).State.Subject);
    }

    [Fact]
    public async Task Clearing_deletes_the_row_and_resets_the_state()
    {
        var state = NewState("to clear", 1);
        await _storage.WriteStateAsync(StateName, Grain, state);

        await _storage.ClearStateAsync(StateName, Grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal("", state.State.Subject);
        Assert.Equal(0L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".grain_state"));
        Assert.False((await ReadAsync(Grain)).RecordExists);
    }

    [Fact]
    public async Task A_cleared_state_is_written_again_as_new_with_an_etag_never_issued_before()
    {
        var state = NewState("first life", 1);
        await _storage.WriteStateAsync(StateName, Grain, state);
        var firstLife = state.ETag;
        await _storage.ClearStateAsync(StateName, Grain, state);

        state.State.Subject = "second life";
        await _storage.WriteStateAsync(StateName, Grain, state);

        Assert.NotEqual(firstLife, state.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, NewStateAt("old writer", 1, firstLife)));
        Assert.Equal("second life", (await ReadAsync(Grain)).State.Subject);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_fails_and_keeps_the_row()
    {
        var state = NewState("kept", 1);
        await _storage.WriteStateAsync(StateName, Grain, state);
        var stale = state.ETag;
        await _storage.WriteStateAsync(StateName, Grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, Grain, NewStateAt("", 0, stale)));
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, Grain, NewState("", 0)));

        var read = await ReadAsync(Grain);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal("kept", read.State.Subject);
    }

    [Fact]
    public async Task Clearing_a_missing_state_without_an_etag_is_a_no_op()
    {
        var state = NewState("never stored", 1);

        await _storage.ClearStateAsync(StateName, Grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Two_grain_types_with_the_same_key_and_state_name_do_not_collide()
    {
        var caseGrain = GrainId.Create("case", "shared-key");
        var agentGrain = GrainId.Create("agent", "shared-key");
        var caseState = NewState("case", 1);
        var agentState = NewState("agent", 2);

        await _storage.WriteStateAsync(StateName, caseGrain, caseState);
        await _storage.WriteStateAsync(StateName, agentGrain, agentState);
        await _storage.ClearStateAsync(StateName, agentGrain, agentState);

        Assert.Equal("case", (await ReadAsync(caseGrain)).State.Subject);
        Assert.False((await ReadAsync(agentGrain)).RecordExists);
    }

    [Fact]
    public async Task States_of_one_grain_with_different_names_are_apart()
    {
        await _storage.WriteStateAsync("profile", Grain, NewState("profile", 1));
        await _storage.WriteStateAsync("queue", Grain, NewState("queue", 2));

        Assert.Equal("profile", (await ReadAsync(Grain, "profile")).State.Subject);
        Assert.Equal("queue", (await ReadAsync(Grain, "queue")).State.Subject);
    }

    [Fact]
    public async Task Many_grains_written_and_read_in_parallel_each_keep_their_own_state()
    {
        var grains = Enumerable.Range(0, 300).Select(i => GrainId.Create("case", $"parallel-{i}")).ToList();
        var states = grains.Select((grain, i) => NewState(grain.Key.ToString()!, i)).ToList();

        await Task.WhenAll(grains.Select((grain, i) => _storage.WriteStateAsync(StateName, grain, states[i])));
        var read = await Task.WhenAll(grains.Select(grain => ReadAsync(grain)));

        for (var i = 0; i < grains.Count; i++)
        {
            Assert.Equal(states[i].ETag, read[i].ETag);
            Assert.Equal((grains[i].Key.ToString(), i), (read[i].State.Subject, read[i].State.Count));
        }

        Assert.Equal(300, states.Select(state => state.ETag).Distinct().Count());
    }

    [Fact]
    public async Task Keys_with_unicode_and_slashes_round_trip()
    {
        var grain = GrainId.Create("department/ünits", "Zürich/Støtte/客户服务/😀 case #7");

        await _storage.WriteStateAsync("état/1 ✓", grain, NewState("unicode", 1));

        Assert.Equal("unicode", (await ReadAsync(grain, "état/1 ✓")).State.Subject);
        Assert.False((await ReadAsync(grain, "état/1")).RecordExists);
    }

    private async Task<TestGrainState<CaseState>> ReadAsync(GrainId grain, string stateName = StateName)
    {
        var state = new TestGrainState<CaseState>();
        await _storage.ReadStateAsync(stateName, grain, state);
        return state;
    }

    private static TestGrainState<CaseState> NewState(string subject, int count, params string[] tags) =>
        new() { State = new CaseState { Subject = subject, Count = count, Tags = [.. tags] } };

    private static TestGrainState<CaseState> NewStateAt(string subject, int count, string? eTag) =>
        new() { State = new CaseState { Subject = subject, Count = count }, ETag = eTag };
}
