using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Asivado.Durability.Gateway;
using Asivado.Durability.Tests.Crash;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// What the cluster tests check once intake has stopped: each acknowledged case's acknowledge breach reaches its
/// department lead's console exactly once, the consoles' feeds are gap-free (and, for a console that never had to
/// reconnect, so was its wire), and every case reads the same through each live silo with its breach fired once.
/// </summary>
internal sealed class ClusterChecks(SiloCluster cluster, AccessTokens tokens, ScratchDatabase database, IReadOnlyList<LeadConsole> consoles, ClusterIntake intake)
{
    /// <summary>From the end of intake until every breach has reached its console (the last falls due the budget later).</summary>
    private static readonly TimeSpan EscalationsLimit = TimeSpan.FromSeconds(90);

    private Dictionary<string, HashSet<string>> Expected =>
        intake.Acknowledged.GroupBy(c => c.DepartmentId).ToDictionary(g => $"{g.Key}-lead", g => g.Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal));

    /// <summary>Waits (bounded) until each lead's console applied the breach of every case of its department.</summary>
    public async Task WaitForEveryBreachAsync(CancellationToken limit)
    {
        var expected = Expected;
        try
        {
            await Task.WhenAll(consoles.Select(console => console.WhenAsync(c =>
                expected.GetValueOrDefault(c.PersonId, []).IsSubsetOf(c.Escalations.Select(e => e.CaseId)))).ToList()).WaitAsync(EscalationsLimit, limit);
        }
        catch (TimeoutException)
        {
            Assert.Fail(await DescribeMissingAsync(expected, limit));
        }
    }

    /// <param name="reconnected">Consoles that had to connect again (their silo went away): only their feed, not their wire, must be gap-free.</param>
    public void AssertConsoles(IReadOnlyCollection<LeadConsole> reconnected)
    {
        var expected = Expected;
        foreach (var console in consoles)
        {
            var escalations = console.Escalations;
            Assert.All(escalations, e => Assert.Equal(("acknowledge", "Breach"), (e.TargetId, e.Level)));
            Assert.Equal(expected.GetValueOrDefault(console.PersonId, []).Order(StringComparer.Ordinal), escalations.Select(e => e.CaseId).Order(StringComparer.Ordinal));
            var applied = console.AppliedSequences;
            Assert.Equal(Enumerable.Range(1, applied.Count).Select(i => (long)i), applied);
            if (!reconnected.Contains(console))
            {
                Assert.Equal(applied, Assert.Single(console.LiveByConnection));
            }
        }
    }

    /// <summary>Reads every acknowledged case through each live silo: there, acknowledge Breached, its breach in the history once.</summary>
    /// <returns>When each breach fired and when its step fell due.</returns>
    public async Task<IReadOnlyList<(DateTimeOffset FiredAt, DateTimeOffset DueAt)>> ReadEveryCaseAsync(CancellationToken limit)
    {
        var alive = cluster.Alive;
        var clients = alive.Select(silo => (Silo: silo, Http: Admin(cluster.Silos[silo]))).ToList();
        var fired = new ConcurrentBag<(DateTimeOffset, DateTimeOffset)>();
        try
        {
            await Parallel.ForEachAsync(intake.Acknowledged, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = limit }, async (@case, _) =>
            {
                foreach (var (silo, http) in clients)
                {
                    var view = await new CaseApiClient(http).GetCaseAsync(@case.CaseId, limit);
                    Assert.True(view is not null, $"Case {@case.CaseId} (acknowledged by {SiloCluster.SiloName(@case.Silo)}) is not found through {SiloCluster.SiloName(silo)}.");
                    Assert.Equal("Breached", CaseDocument.Deadlines(view.Value)["acknowledge"].State);
                }

                var history = await new CaseApiClient(clients[0].Http).GetHistoryAsync(@case.CaseId, limit);
                var breaches = CaseDocument.Entries(history!.Value, "escalation", ("targetId", "acknowledge"), ("level", "Breach"));
                Assert.True(breaches.Count == 1, $"Case {@case.CaseId} shows its acknowledge breach {breaches.Count} times.");
                fired.Add((breaches[0].At, CaseDocument.Instant(breaches[0].Details.GetProperty("stepDueAt"))));
            });
        }
        finally
        {
            clients.ForEach(static client => client.Http.Dispose());
        }

        Assert.Equal(0L, await new CaseDatabase(database).DeadlinesDueBeforeAsync(DateTimeOffset.UtcNow.AddSeconds(-1)));
        return [.. fired];
    }

    private HttpClient Admin(GatewayProcess silo)
    {
        var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Create("cluster-admin", "admin", TimeSpan.FromHours(1)));
        return http;
    }

    /// <summary>Which breaches a console lacks, whether the case fired them and whether the agent's feed holds them.</summary>
    private async Task<string> DescribeMissingAsync(Dictionary<string, HashSet<string>> expected, CancellationToken limit)
    {
        using var http = Admin(cluster.Silos[cluster.Alive[0]]);
        var api = new CaseApiClient(http);
        var lines = new List<string>();
        foreach (var console in consoles)
        {
            var missing = expected.GetValueOrDefault(console.PersonId, []).Except(console.Escalations.Select(e => e.CaseId)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var stored = (await console.StoredEscalationsAsync(limit)).ToHashSet(StringComparer.Ordinal);
            foreach (var caseId in missing)
            {
                var history = await api.GetHistoryAsync(caseId, limit);
                var breaches = history is null ? [] : CaseDocument.Entries(history.Value, "escalation", ("targetId", "acknowledge"), ("level", "Breach"));
                var takenBy = intake.Acknowledged.First(c => c.CaseId == caseId).Silo;
                lines.Add(
                    $"{console.PersonId} (on {SiloCluster.SiloName(console.SiloIndex)}) lacks case {caseId} (acknowledged by {SiloCluster.SiloName(takenBy)}): " +
                    $"{breaches.Count} breach entries {string.Join(", ", breaches.Select(b => b.At.ToString("O", CultureInfo.InvariantCulture)))}; " +
                    $"in the agent's feed: {stored.Contains(caseId)}");
            }
        }

        return $"{lines.Count} breaches never reached their lead's console:\n{string.Join("\n", lines)}\nSilo output:\n{cluster.Output()}";
    }
}
