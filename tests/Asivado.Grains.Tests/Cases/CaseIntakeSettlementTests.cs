using Asivado.Grains.Tests.Support;
using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Grains.Hosting;
using Asivado.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using NodaTime;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// An intake that stops half-way: its deadlines are written before the case, and a settle deadline tells the
/// department about a stored case it never heard of.
/// </summary>
public sealed class CaseIntakeSettlementTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task When_the_deadlines_cannot_be_written_the_case_is_not_stored_either()
    {
        var table = new RefusingDeadlineTable();
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.Services.AddSingleton<IDeadlineTable>(table));

        await Assert.ThrowsAnyAsync<Exception>(() => host.Case(CaseId).Open(Email(), MailGateway));

        Assert.Null(await host.Case(CaseId).Get());
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_stored_case_its_department_never_heard_of_is_queued_when_the_settle_deadline_fires()
    {
        var departmentDown = 1;
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.AddOutgoingGrainCallFilter(async call =>
            {
                if (call.InterfaceMethod?.Name == "TrackCase" && Interlocked.Exchange(ref departmentDown, 0) == 1)
                {
                    throw new TimeoutException("The department's silo did not answer.");
                }

                await call.Invoke();
            }));
        await host.OpenAsync(Email());
        await host.WhenIdleAsync();
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
        Assert.Equal(Jan(5, 8, 0, 15), (await host.DeadlineRowsAsync(CaseId))["intake-settle:billing"]);

        await host.AdvanceToAsync(Jan(5, 8, 0, 15));

        Assert.Equal([CaseId], (await host.Department("billing").GetQueue())!.Entries.Select(e => e.CaseId));
        Assert.DoesNotContain("intake-settle:billing", (await host.DeadlineRowsAsync(CaseId)).Keys);
    }

    [Fact]
    public async Task After_an_intake_that_finished_the_settle_deadline_changes_nothing_and_is_removed()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var opened = await host.OpenAsync(Email());
        var reminders = await host.RemindersAsync(CaseId);

        await host.AdvanceAsync(Duration.FromSeconds(15).ToTimeSpan());

        Assert.Equal(opened.Version, (await host.Case(CaseId).Get())!.Version);
        Assert.Equal([CaseId], (await host.Department("billing").GetQueue())!.Entries.Select(e => e.CaseId));
        Assert.Equal(reminders, await host.RemindersAsync(CaseId));
        Assert.DoesNotContain("intake-settle:billing", (await host.DeadlineRowsAsync(CaseId)).Keys);
    }

    [Fact]
    public async Task Once_the_intake_settled_its_activation_goes_and_the_case_reads_back_from_storage()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var opened = await host.OpenAsync(Email());
        var management = host.GrainFactory.GetGrain<IManagementGrain>(0);
        Assert.Contains(CaseId, (await management.GetActiveGrains(CaseGrainType)).Select(grain => grain.Key.ToString()));

        await host.AdvanceAsync(Duration.FromSeconds(15).ToTimeSpan());
        var active = await WhenAsync(() => management.GetActiveGrains(CaseGrainType).AsTask(), grains => grains.Count == 0);

        Assert.Empty(active);
        Assert.Equal(opened.Version, (await host.Case(CaseId).Get())!.Version);
    }

    [Fact]
    public async Task A_case_whose_write_failed_is_not_left_in_its_department()
    {
        var storage = new FailingCaseWrites();
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo => UseStorage(silo, storage));

        await Assert.ThrowsAnyAsync<Exception>(() => host.Case(CaseId).Open(Email(), MailGateway));

        Assert.Null(await host.Case(CaseId).Get());
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_department_that_heard_of_a_case_never_stored_forgets_it_when_the_settle_deadline_fires()
    {
        var storage = new FailingCaseWrites();
        var forgetting = 1;
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
        {
            UseStorage(silo, storage);
            // The activation ends before it can tell the department to forget the case (as a crash would).
            silo.AddOutgoingGrainCallFilter(async call =>
            {
                if (call.InterfaceMethod?.Name == "UntrackCase" && Interlocked.Exchange(ref forgetting, 0) == 1)
                {
                    throw new TimeoutException("The silo stopped.");
                }

                await call.Invoke();
            });
        });
        await Assert.ThrowsAnyAsync<Exception>(() => host.Case(CaseId).Open(Email(), MailGateway));
        Assert.Equal([CaseId], (await host.Department("billing").GetQueue())!.Entries.Select(e => e.CaseId));

        await host.AdvanceToAsync(Jan(5, 8, 0, 15));

        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
        Assert.Null(await host.Case(CaseId).Get());
    }

    private static void UseStorage(ISiloBuilder silo, IGrainStorage storage)
    {
        silo.Services.AddKeyedSingleton(global::Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, storage);
        silo.Services.AddSingleton(storage);
    }

    /// <summary>Grain state in memory, where every write of a case fails (PostgreSQL refusing the commit).</summary>
    private sealed class FailingCaseWrites : IGrainStorage
    {
        private readonly DurableMemoryGrainStorage _inner = new(AsivadoGrainsExtensions.ConfigureStateJson(new()));

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            _inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            grainId.Type.ToString() == "case"
                ? Task.FromException(new InvalidOperationException("The write was refused."))
                : _inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            _inner.ClearStateAsync(stateName, grainId, grainState);
    }

    private static readonly GrainType CaseGrainType = GrainType.Create("case");

    /// <summary>Deactivation follows the deadline's call; this waits (bounded) for the catalog to show it, not for time.</summary>
    private static async Task<T> WhenAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value) || patience.IsCancellationRequested)
            {
                return value;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }

    /// <summary>A deadline table whose writes fail, as PostgreSQL would when it is unreachable.</summary>
    private sealed class RefusingDeadlineTable : IDeadlineTable
    {
        private readonly MemoryDeadlineTable _inner = new();

        public Task<IReadOnlyList<DeadlineEntry>> ReadForGrainAsync(GrainId target, CancellationToken cancellationToken = default) =>
            _inner.ReadForGrainAsync(target, cancellationToken);

        public Task<IReadOnlyList<DeadlineEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, DeadlineRange range, CancellationToken cancellationToken = default) =>
            _inner.ReadDueBetweenAsync(dueFrom, dueBefore, range, cancellationToken);

        public Task<int> ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel, CancellationToken cancellationToken = default) =>
            throw new IOException("The deadline table is unreachable.");

        public Task<bool> RemoveFiredAsync(GrainId target, string name, DateTimeOffset dueAt, CancellationToken cancellationToken = default) =>
            _inner.RemoveFiredAsync(target, name, dueAt, cancellationToken);

        public Task<long> CountAsync(DeadlineRange range, CancellationToken cancellationToken = default) => _inner.CountAsync(range, cancellationToken);
    }
}
