using Asivado.Orleans.PostgreSql.Membership;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Tests.Membership;

/// <summary>
/// Orleans' membership table contract (after dotnet/orleans' MembershipTableTestsBase, written anew) on the
/// project's own table: join, IAmAlive, suspicion and death, rejoin with a new generation, and every write refused
/// at a stale table version or row ETag without changing anything.
/// </summary>
public sealed class PostgreSqlMembershipTableTests : IAsyncLifetime
{
    private PostgreSqlTestSchema? _schema;
    private PostgreSqlMembershipTable? _table;

    private PostgreSqlMembershipTable Table => _table!;

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        _table = await CreateTableAsync("cluster-a");
    }

    public async Task DisposeAsync() => await _schema!.DisposeAsync();

    [Fact]
    public async Task An_initialized_empty_table_reads_version_zero_with_an_etag()
    {
        var data = await Table.ReadAll();

        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
        Assert.False(string.IsNullOrEmpty(data.Version.VersionEtag));
    }

    [Fact]
    public async Task Initializing_again_keeps_the_version_and_the_rows()
    {
        Assert.True(await Table.InsertRow(MembershipEntries.Joining(), (await Table.ReadAll()).Version.Next()));

        await Table.InitializeMembershipTable(true);

        var data = await Table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        Assert.Single(data.Members);
    }

    [Fact]
    public async Task A_joining_silo_is_inserted_once_at_the_next_version_and_round_trips()
    {
        var entry = MembershipEntries.Joining();
        var next = (await Table.ReadAll()).Version.Next();

        Assert.True(await Table.InsertRow(entry, next));
        Assert.False(await Table.InsertRow(entry, next));
        Assert.False(await Table.InsertRow(MembershipEntries.Joining(), next));

        var data = await Table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        Assert.NotEqual(next.VersionEtag, data.Version.VersionEtag);
        var (stored, etag) = Assert.Single(data.Members);
        Assert.Equal(entry.ToFullString(), stored.ToFullString());
        Assert.False(string.IsNullOrEmpty(etag));

        // A duplicate at the right version is refused and does not bump the version either.
        Assert.False(await Table.InsertRow(entry, data.Version.Next()));
        Assert.Equal(1, (await Table.ReadAll()).Version.Version);
    }

    [Fact]
    public async Task ReadRow_returns_that_silo_only_or_none_with_the_table_version()
    {
        var first = MembershipEntries.Joining();
        var second = MembershipEntries.Joining();
        Assert.True(await Table.InsertRow(first, (await Table.ReadAll()).Version.Next()));
        Assert.True(await Table.InsertRow(second, (await Table.ReadAll()).Version.Next()));

        var row = await Table.ReadRow(second.SiloAddress);
        var none = await Table.ReadRow(MembershipEntries.NewSilo());

        Assert.Equal(second.SiloAddress, Assert.Single(row.Members).Item1.SiloAddress);
        Assert.Equal(2, row.Version.Version);
        Assert.Empty(none.Members);
        Assert.Equal(2, none.Version.Version);
    }

    [Fact]
    public async Task UpdateRow_needs_both_the_next_version_and_the_rows_etag()
    {
        var entry = MembershipEntries.Joining();
        var inserted = (await Table.ReadAll()).Version.Next();
        Assert.True(await Table.InsertRow(entry, inserted));
        var data = await Table.ReadAll();
        var etag = data.TryGet(entry.SiloAddress)!.Item2;

        entry.Status = SiloStatus.Active;
        Assert.False(await Table.UpdateRow(entry, etag, inserted));
        Assert.False(await Table.UpdateRow(entry, "not-an-etag", data.Version.Next()));
        Assert.False(await Table.UpdateRow(entry, etag + "0", data.Version.Next()));
        var unchanged = await Table.ReadAll();
        Assert.Equal(1, unchanged.Version.Version);
        Assert.Equal(SiloStatus.Joining, unchanged.TryGet(entry.SiloAddress)!.Item1.Status);
        Assert.Equal(etag, unchanged.TryGet(entry.SiloAddress)!.Item2);

        Assert.True(await Table.UpdateRow(entry, etag, data.Version.Next()));
        var updated = await Table.ReadAll();
        Assert.Equal(2, updated.Version.Version);
        Assert.Equal(entry.ToFullString(), updated.TryGet(entry.SiloAddress)!.Item1.ToFullString());
        Assert.NotEqual(etag, updated.TryGet(entry.SiloAddress)!.Item2);

        // The old ETag is spent, even at the right version.
        Assert.False(await Table.UpdateRow(entry, etag, updated.Version.Next()));
        Assert.Equal(2, (await Table.ReadAll()).Version.Version);
    }

    [Fact]
    public async Task Of_concurrent_writers_at_one_version_exactly_one_wins_and_retries_serialize()
    {
        var entry = MembershipEntries.Joining();
        var next = (await Table.ReadAll()).Version.Next();

        var inserts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Table.InsertRow(entry, next))));
        Assert.Single(inserts, won => won);

        await Task.WhenAll(Enumerable.Range(0, 19).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var data = await Table.ReadAll();
                var (row, etag) = data.TryGet(entry.SiloAddress)!;
                if (await Table.UpdateRow(row, etag, data.Version.Next()))
                {
                    return;
                }
            }
        }))).WaitAsync(TimeSpan.FromSeconds(60));

        var final = await Table.ReadAll();
        Assert.Equal(20, final.Version.Version);
        Assert.Single(final.Members);
    }

    [Fact]
    public async Task UpdateIAmAlive_writes_the_time_only()
    {
        var entry = MembershipEntries.Joining();
        Assert.True(await Table.InsertRow(entry, (await Table.ReadAll()).Version.Next()));
        var etag = (await Table.ReadAll()).TryGet(entry.SiloAddress)!.Item2;
        var alive = entry.IAmAliveTime.AddSeconds(5);

        await Table.UpdateIAmAlive(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = alive });

        var data = await Table.ReadAll();
        var (stored, storedEtag) = data.TryGet(entry.SiloAddress)!;
        Assert.Equal(alive, stored.IAmAliveTime);
        Assert.Equal(SiloStatus.Joining, stored.Status);
        Assert.Equal(entry.StartTime, stored.StartTime);
        Assert.Equal(1, data.Version.Version);
        Assert.Equal(etag, storedEtag);
    }

    [Fact]
    public async Task A_suspected_silo_is_declared_dead_and_rejoins_with_a_new_generation()
    {
        var victim = MembershipEntries.Joining(MembershipEntries.NewSilo(11111));
        var voterA = MembershipEntries.NewSilo(11112);
        var voterB = MembershipEntries.NewSilo(11113);
        Assert.True(await Table.InsertRow(victim, (await Table.ReadAll()).Version.Next()));
        victim.Status = SiloStatus.Active;
        Assert.True(await Update(victim));

        // Two votes, each a read-modify-write at the next version, as MembershipTableManager casts them.
        var firstVote = MembershipEntries.Now().AddSeconds(1);
        victim.AddOrUpdateSuspector(voterA, firstVote, maxVotes: 2);
        Assert.True(await Update(victim));
        victim.AddOrUpdateSuspector(voterB, firstVote.AddSeconds(1), maxVotes: 2);
        victim.Status = SiloStatus.Dead;
        Assert.True(await Update(victim));

        var dead = (await Table.ReadAll()).TryGet(victim.SiloAddress)!.Item1;
        Assert.Equal(SiloStatus.Dead, dead.Status);
        Assert.Equal([(voterA, firstVote), (voterB, firstVote.AddSeconds(1))], dead.SuspectTimes!.Select(s => (s.Item1, s.Item2)));

        // The restarted process: same endpoint, a later generation, so a row of its own beside the dead one.
        var reborn = MembershipEntries.Joining(SiloAddress.New(victim.SiloAddress.Endpoint, victim.SiloAddress.Generation + 1));
        Assert.True(await Table.InsertRow(reborn, (await Table.ReadAll()).Version.Next()));

        var data = await Table.ReadAll();
        Assert.Equal(2, data.Members.Count);
        Assert.Equal(SiloStatus.Dead, data.TryGet(victim.SiloAddress)!.Item1.Status);
        Assert.Equal(SiloStatus.Joining, data.TryGet(reborn.SiloAddress)!.Item1.Status);
        Assert.Null(data.TryGet(reborn.SiloAddress)!.Item1.SuspectTimes);
        Assert.Equal(5, data.Version.Version);
    }

    [Fact]
    public async Task Cleanup_removes_old_entries_of_every_status_but_active()
    {
        var fresh = MembershipEntries.Joining();
        Assert.True(await Table.InsertRow(fresh, (await Table.ReadAll()).Version.Next()));
        foreach (var status in Enum.GetValues<SiloStatus>())
        {
            var old = MembershipEntries.Joining();
            old.Status = status;
            old.StartTime = old.StartTime.AddDays(-10);
            old.IAmAliveTime = old.IAmAliveTime.AddDays(-10);
            Assert.True(await Table.InsertRow(old, (await Table.ReadAll()).Version.Next()));
        }

        await Table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddDays(-7));

        var left = (await Table.ReadAll()).Members.Select(m => m.Item1).ToList();
        Assert.Equal(2, left.Count);
        Assert.Contains(left, m => m.SiloAddress.Equals(fresh.SiloAddress));
        Assert.Contains(left, m => m.Status == SiloStatus.Active);
    }

    [Fact]
    public async Task Cluster_ids_are_apart_and_deleting_one_leaves_the_other()
    {
        var other = await CreateTableAsync("cluster-b");
        Assert.True(await Table.InsertRow(MembershipEntries.Joining(), (await Table.ReadAll()).Version.Next()));
        Assert.True(await other.InsertRow(MembershipEntries.Joining(), (await other.ReadAll()).Version.Next()));
        Assert.True(await other.InsertRow(MembershipEntries.Joining(), (await other.ReadAll()).Version.Next()));

        await other.DeleteMembershipTableEntries("cluster-b");

        Assert.Single((await Table.ReadAll()).Members);
        Assert.Equal(1, (await Table.ReadAll()).Version.Version);
        Assert.Empty((await other.ReadAll()).Members);
        Assert.False(await other.InsertRow(MembershipEntries.Joining(), new TableVersion(1, "0")));
    }

    private async Task<bool> Update(MembershipEntry entry)
    {
        var data = await Table.ReadAll();
        return await Table.UpdateRow(entry, data.TryGet(entry.SiloAddress)!.Item2, data.Version.Next());
    }

    private async Task<PostgreSqlMembershipTable> CreateTableAsync(string clusterId)
    {
        var table = new PostgreSqlMembershipTable(
            _schema!.DataSource,
            Microsoft.Extensions.Options.Options.Create(_schema.Options),
            Microsoft.Extensions.Options.Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "asivado" }),
            NullLogger<PostgreSqlMembershipTable>.Instance);
        await table.InitializeMembershipTable(true);
        return table;
    }
}
