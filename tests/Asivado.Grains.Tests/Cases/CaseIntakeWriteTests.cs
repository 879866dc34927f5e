using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Hosting;
using Asivado.Grains.Tests.Support;
using Asivado.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>An intake stores its case once, also when the department assigns it an agent on the way.</summary>
public sealed class CaseIntakeWriteTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task An_auto_assigned_intake_writes_the_case_once_with_both_history_entries()
    {
        var storage = new CountingStorage();
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(global::Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, storage);
            silo.Services.AddSingleton<IGrainStorage>(storage);
        });
        Assert.True((await host.Agent("alice").SetPresence(AgentPresence.Available, Alice)).Succeeded);

        var view = await host.OpenAsync(Email());

        Assert.Equal((CaseStatus.InProgress, "alice"), (view.Status, view.AssigneeId));
        Assert.Equal(1, storage.CaseWrites);
        Assert.Equal(["open", "assign"], (await host.HistoryAsync(CaseId)).Select(h => h.Action));
        Assert.DoesNotContain("sla:refer", (await host.DeadlineRowsAsync(CaseId)).Keys);
    }

    /// <summary>Grain state in memory, counting the case grains' writes.</summary>
    private sealed class CountingStorage : IGrainStorage
    {
        private readonly DurableMemoryGrainStorage _inner = new(AsivadoGrainsExtensions.ConfigureStateJson(new()));
        private int _caseWrites;

        public int CaseWrites => Volatile.Read(ref _caseWrites);

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            _inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (grainId.Type.ToString() == "case")
            {
                Interlocked.Increment(ref _caseWrites);
            }

            return _inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            _inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
