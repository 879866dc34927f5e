using Asivado.Orleans.PostgreSql.Hosting;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Telephony;
using NodaTime;
using Npgsql;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

/// <summary>
/// A call on the PostgreSQL providers comes back after a host restart, and its pending hold still alerts
/// at the minute. The database comes from ASIVADO_TEST_POSTGRES (scripts/test.sh sets it); without it the test fails.
/// </summary>
public sealed class CallPostgreSqlTests : IAsyncLifetime
{
    private const string ConnectionStringVariable = "ASIVADO_TEST_POSTGRES";
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
    public async Task A_held_call_comes_back_after_a_restart_and_alerts_at_the_minute()
    {
        await using var t = await StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.AddAsivadoPostgreSql(provider =>
            {
                provider.ConnectionString = ConnectionString;
                provider.Schema = _schema;
            }));
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        await t.ExpectAsync(t.Call("c1").Transfer(new CallTransfer(null, "bob", "020 7946 0000"), Cti));
        var held = await t.ExpectAsync(t.Call("c1").StartHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(20));

        await t.RestartAsync();

        Assert.Equal(Json(held), Json(await t.Call("c1").Get()));
        await t.AdvanceAsync(Duration.FromSeconds(40) - OneTick);
        Assert.Empty(await t.PushesAsync("bob", ConsolePushKind.OverHold));
        await t.AdvanceAsync(OneTick);

        Assert.Equal(held.Targets[1].DueAt, Assert.Single(await t.PushesAsync("bob", ConsolePushKind.OverHold)).At);
        Assert.Single(await t.PushesAsync("lena", ConsolePushKind.OverHold));
        Assert.Equal(DeadlineState.Breached, (await t.Call("c1").Get())!.Targets[1].State);
    }
}
