using Asivado.Gateway.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Asivado.Gateway.Tests.Hardening;

/// <summary>Npgsql logs each statement at Information: off by default (appsettings.json), one setting turns it on.</summary>
public sealed class NpgsqlLogLevelTests
{
    [Fact]
    public async Task Npgsql_logs_only_warnings_by_default()
    {
        await using var api = new GatewayApiFactory();
        var loggers = api.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Npgsql.Connection").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Asivado.Grains.Cases.CaseGrain").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Statement_logging_is_one_setting_away()
    {
        await using var api = new GatewayApiFactory().WithSetting("Logging:LogLevel:Npgsql.Command", "Information");
        var loggers = api.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Npgsql.Connection").IsEnabled(LogLevel.Information));
    }
}
