using System.Text;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>The behaviour every <see cref="IGrainStorage"/> shares; one subclass per provider.</summary>
public abstract class GrainStorageContractTests : IAsyncLifetime
{
    private const string StateName = "state";
    private static readonly GrainId Grain = new("case", "case-1");

    private IGrainStorage? _storage;

    private IGrainStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IGrainStorage> CreateStorageAsync();

    [Fact]
    public async Task Reading_a_missing_record_returns_null()
    {
        Assert.Null(await Storage.ReadAsync(StateName, Grain));
    }

    [Fact]
    public async Task A_new_record_reads_back_with_the_returned_etag()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);

        var stored = await Storage.ReadAsync(StateName, Grain);

        Assert.NotNull(stored);
        Assert.Equal(eTag, stored.ETag);
        Assert.Equal("""{"count":1}""", Text(stored.Json));
    }

    [Fact]
    public async Task The_payload_survives_byte_for_byte()
    {
        // Key order ("$type" first matters to System.Text.Json), whitespace, escapes and non-ASCII text.
        const string Payload = "{ \"$type\" : \"escalated\",\n\t\"z\":1, \"a\" : [ 1.50, 2e3 ], \"text\":\"Grüße \\u00e9 ✓\", \"a\":2 }";
        await Storage.WriteAsync(StateName, Grain, Json(Payload), expectedETag: null);

        var stored = await Storage.ReadAsync(StateName, Grain);

        Assert.Equal(Encoding.UTF8.GetBytes(Payload), stored!.Json);
    }

    [Fact]
    public async Task Writing_with_the_current_etag_replaces_the_record_and_issues_a_new_etag()
    {
        var first = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);

        var second = await Storage.WriteAsync(StateName, Grain, Json("""{"count":2}"""), first);

        Assert.NotEqual(first, second);
        var stored = await Storage.ReadAsync(StateName, Grain);
        Assert.Equal(second, stored!.ETag);
        Assert.Equal("""{"count":2}""", Text(stored.Json));
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_throws_and_keeps_the_stored_record()
    {
        var first = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);
        var second = await Storage.WriteAsync(StateName, Grain, Json("""{"count":2}"""), first);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain, Json("""{"count":3}"""), first));

        Assert.Equal(second, conflict.StoredETag);
        Assert.Equal(first, conflict.CurrentETag);
        var stored = await Storage.ReadAsync(StateName, Grain);
        Assert.Equal(second, stored!.ETag);
        Assert.Equal("""{"count":2}""", Text(stored.Json));
    }

    [Fact]
    public async Task Writing_with_no_etag_over_an_existing_record_throws()
    {
        var first = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain, Json("""{"count":2}"""), expectedETag: null));

        Assert.Equal(first, conflict.StoredETag);
        Assert.Null(conflict.CurrentETag);
        Assert.Equal("""{"count":1}""", Text((await Storage.ReadAsync(StateName, Grain))!.Json));
    }

    [Fact]
    public async Task Writing_with_an_etag_when_no_record_exists_throws()
    {
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), "41"));

        Assert.Null(conflict.StoredETag);
        Assert.Equal("41", conflict.CurrentETag);
        Assert.Null(await Storage.ReadAsync(StateName, Grain));
    }

    [Fact]
    public async Task Writing_with_an_etag_the_provider_never_issued_throws()
    {
        var first = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain, Json("""{"count":2}"""), "0" + first));

        Assert.Equal(first, conflict.StoredETag);
    }

    [Fact]
    public async Task Clearing_with_the_current_etag_removes_the_record()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);

        await Storage.ClearAsync(StateName, Grain, eTag);

        Assert.Null(await Storage.ReadAsync(StateName, Grain));
    }

    [Fact]
    public async Task Clearing_a_missing_record_with_no_etag_is_a_no_op()
    {
        await Storage.ClearAsync(StateName, Grain, expectedETag: null);

        Assert.Null(await Storage.ReadAsync(StateName, Grain));
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_throws_and_keeps_the_record()
    {
        var first = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);
        var second = await Storage.WriteAsync(StateName, Grain, Json("""{"count":2}"""), first);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(StateName, Grain, first));

        Assert.Equal(second, conflict.StoredETag);
        Assert.Equal(first, conflict.CurrentETag);
        Assert.Equal(second, (await Storage.ReadAsync(StateName, Grain))!.ETag);
    }

    [Fact]
    public async Task Clearing_an_existing_record_with_no_etag_throws()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(StateName, Grain, expectedETag: null));

        Assert.Equal(eTag, conflict.StoredETag);
        Assert.NotNull(await Storage.ReadAsync(StateName, Grain));
    }

    [Fact]
    public async Task Clearing_a_record_that_is_already_gone_with_an_etag_throws()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);
        await Storage.ClearAsync(StateName, Grain, eTag);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(StateName, Grain, eTag));

        Assert.Null(conflict.StoredETag);
        Assert.Equal(eTag, conflict.CurrentETag);
    }

    [Fact]
    public async Task A_record_created_again_after_clearing_never_reuses_an_old_etag()
    {
        var first = await Storage.WriteAsync(StateName, Grain, Json("""{"count":1}"""), expectedETag: null);
        await Storage.ClearAsync(StateName, Grain, first);

        var second = await Storage.WriteAsync(StateName, Grain, Json("""{"count":2}"""), expectedETag: null);

        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteAsync(StateName, Grain, Json("""{"count":3}"""), first));
    }

    [Fact]
    public async Task Of_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var baseETag = await Storage.WriteAsync(StateName, Grain, Json("""{"writer":-1}"""), expectedETag: null);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer =>
            Task.Run(() => TryWriteAsync(Json($$"""{"writer":{{writer}}}"""), baseETag))));

        var winners = outcomes.Where(outcome => outcome.ETag is not null).ToList();
        var winner = Assert.Single(winners);
        Assert.Equal(7, outcomes.Count(outcome => outcome.Conflict is not null));
        var stored = await Storage.ReadAsync(StateName, Grain);
        Assert.Equal(winner.ETag, stored!.ETag);
        Assert.Equal(winner.Payload, Text(stored.Json));
    }

    [Fact]
    public async Task Of_concurrent_creators_exactly_one_wins()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer =>
            Task.Run(() => TryWriteAsync(Json($$"""{"writer":{{writer}}}"""), expectedETag: null))));

        var winner = Assert.Single(outcomes, outcome => outcome.ETag is not null);
        Assert.All(outcomes.Where(outcome => outcome != winner), outcome => Assert.Equal(winner.ETag, outcome.Conflict!.StoredETag));
        var stored = await Storage.ReadAsync(StateName, Grain);
        Assert.Equal(winner.Payload, Text(stored!.Json));
    }

    [Fact]
    public async Task State_of_different_grains_and_state_names_never_mixes()
    {
        // "a/b" + "c" and "a" + "b/c" print the same but are different grains.
        var left = new GrainId("a/b", "c");
        var right = new GrainId("a", "b/c");
        var other = new GrainId("case", "case-2");
        await Storage.WriteAsync(StateName, left, Json("""{"grain":"left"}"""), expectedETag: null);
        await Storage.WriteAsync(StateName, right, Json("""{"grain":"right"}"""), expectedETag: null);
        await Storage.WriteAsync("history", left, Json("""{"grain":"left-history"}"""), expectedETag: null);
        var otherETag = await Storage.WriteAsync(StateName, other, Json("""{"grain":"other"}"""), expectedETag: null);

        await Storage.ClearAsync(StateName, other, otherETag);

        Assert.Equal("""{"grain":"left"}""", Text((await Storage.ReadAsync(StateName, left))!.Json));
        Assert.Equal("""{"grain":"right"}""", Text((await Storage.ReadAsync(StateName, right))!.Json));
        Assert.Equal("""{"grain":"left-history"}""", Text((await Storage.ReadAsync("history", left))!.Json));
        Assert.Null(await Storage.ReadAsync("history", right));
        Assert.Null(await Storage.ReadAsync(StateName, other));
    }

    [Fact]
    public async Task Keys_with_unicode_and_slashes_round_trip()
    {
        var grain = new GrainId("department/ünits", "Zürich/Støtte/客户服务/😀 case #7");
        var eTag = await Storage.WriteAsync("état/ñ", grain, Json("""{"ok":true}"""), expectedETag: null);

        var stored = await Storage.ReadAsync("état/ñ", grain);

        Assert.Equal(eTag, stored!.ETag);
        Assert.Equal("""{"ok":true}""", Text(stored.Json));
        Assert.Null(await Storage.ReadAsync("état/ñ", new GrainId("department/ünits", "Zürich/Støtte/客户服务/😀 case #8")));
    }

    private async Task<WriteOutcome> TryWriteAsync(ReadOnlyMemory<byte> json, string? expectedETag)
    {
        try
        {
            return new WriteOutcome(Text(json.ToArray()), await Storage.WriteAsync(StateName, Grain, json, expectedETag), null);
        }
        catch (InconsistentStateException conflict)
        {
            return new WriteOutcome(Text(json.ToArray()), null, conflict);
        }
    }

    private static ReadOnlyMemory<byte> Json(string json) => Encoding.UTF8.GetBytes(json);

    private static string Text(byte[] json) => Encoding.UTF8.GetString(json);

    private sealed record WriteOutcome(string Payload, string? ETag, InconsistentStateException? Conflict);
}
