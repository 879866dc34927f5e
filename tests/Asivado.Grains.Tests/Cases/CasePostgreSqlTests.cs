using Asivado.Orleans.PostgreSql.Hosting;
using Asivado.Grains.Tests.Support;
using Npgsql;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// A case on the PostgreSQL providers survives a host restart with its history and reminders. The database comes
/// from ASIVADO_TEST_POSTGRES (scripts/test.sh sets it); without it the test fails, it never skips.
/// </summary>
public sealed class CasePostgreSqlTests : IAsyncLifetime
{
    private const string ConnectionStringVariable = "ASIVADO_TEST_POSTGRES";
    private const string CaseId = "C-260105-PGSQL00001";
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set. Run the tests with {ConnectionStringVariable}=$(scripts/ensure-postgres.sh), or through scripts/test.sh.");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ConnectionStringVariable)))
        {
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_case_its_history_and_its_reminders_come_back_after_a_restart()
    {
        var first = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.AddAsivadoPostgreSql(provider =>
            {
                provider.ConnectionString = ConnectionString;
                provider.Schema = _schema;
            }));
        var opened = await first.OpenAsync(Email(), CaseId);
        await first.ExecuteAsync(CaseId, new Domain.Cases.AssignCase(default, "alice"), Lena);

        await using var second = await first.RestartAsync();

        var view = await second.Case(CaseId).Get();
        Assert.NotNull(view);
        Assert.Equal((opened.Subject, opened.Customer, "alice"), (view.Subject, view.Customer, view.AssigneeId));
        Assert.Equal(CaseJson.Of(opened.Deadline("respond").Explanation), CaseJson.Of(view.Deadline("respond").Explanation));
        Assert.Equal(["open", "assign"], (await second.HistoryAsync(CaseId)).Select(h => h.Action));
        var reminders = await second.RemindersAsync(CaseId);
        Assert.Equal(["sla:acknowledge", "sla:reply-written", "sla:respond"], reminders.Keys.Order());
        Assert.Equal(Jan(5, 10), reminders["sla:reply-written"]);

        await second.AdvanceToAsync(Jan(5, 10));
        Assert.Equal(50, Assert.Single(await second.EscalationsAsync("alice", CaseId, "reply-written")).PercentOfBudget);
        Assert.Equal(Jan(5, 10, 30), (await second.RemindersAsync(CaseId))["sla:reply-written"]);
    }
}
