using Asivado.LoadTest.Launch;
using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Tests.Launch;

public sealed class HostSettingTests
{
    [Theory]
    [InlineData("Deadlines:LookAhead=00:00:30", "Deadlines:LookAhead", "00:00:30", "Deadlines__LookAhead")]
    [InlineData("Grains:PostgreSql:Batching:MaxBatchSize=500", "Grains:PostgreSql:Batching:MaxBatchSize", "500", "Grains__PostgreSql__Batching__MaxBatchSize")]
    [InlineData("Logging:LogLevel:Default=", "Logging:LogLevel:Default", "", "Logging__LogLevel__Default")]
    [InlineData("ConnectionStrings:X=a=b", "ConnectionStrings:X", "a=b", "ConnectionStrings__X")]
    public void Key_and_value_are_split_at_the_first_equals_sign(string text, string key, string value, string environment)
    {
        var setting = HostSetting.Parse(text);

        Assert.Equal(new HostSetting(key, value), setting);
        Assert.Equal(environment, setting.EnvironmentName);
        Assert.Equal(text, setting.ToString());
    }

    [Theory]
    [InlineData("LookAhead")]
    [InlineData("=00:00:30")]
    [InlineData("Deadlines LookAhead=00:00:30")]
    public void Anything_but_key_equals_value_is_refused(string text)
    {
        Assert.Equal($"'{text}' is not Key=Value (e.g. Deadlines:LookAhead=00:00:30).", Assert.Throws<FormatException>(() => HostSetting.Parse(text)).Message);
    }

    [Fact]
    public void The_environment_has_the_keys_and_the_host_settings_last()
    {
        var signingKey = SigningKey.Generate();
        var environment = HostEnvironment.For(signingKey, new IntegrationKey("asivado-loadtest", "k1"), [HostSetting.Parse("Deadlines:LookAhead=00:00:30"), HostSetting.Parse("Authentication:SigningKey=override")]);

        Assert.Equal("override", environment["Authentication__SigningKey"]);
        Assert.Equal("asivado-loadtest", environment["Authentication__IntegrationKeys__0__Name"]);
        Assert.Equal("k1", environment["Authentication__IntegrationKeys__0__Key"]);
        Assert.Equal("false", environment["Authentication__IntegrationKeys__0__DemoOnly"]);
        Assert.Equal("00:00:30", environment["Deadlines__LookAhead"]);
        Assert.False(environment.ContainsKey(PollingBaselineHook.EnvironmentName));
    }

    [Fact]
    public void A_polling_baseline_setting_adds_the_baselines_startup_hook()
    {
        var environment = HostEnvironment.For(SigningKey.Generate(), new IntegrationKey("asivado-loadtest", "k1"), [HostSetting.Parse("PollingBaseline:Interval=00:00:10")]);

        var hook = environment[PollingBaselineHook.EnvironmentName];
        Assert.Equal("Asivado.LoadTest.PollingBaseline.dll", Path.GetFileName(hook));
        Assert.True(Path.IsPathFullyQualified(hook), hook);
        Assert.True(File.Exists(hook), $"{hook} was not built with the load tester");
        Assert.Equal("00:00:10", environment["PollingBaseline__Interval"]);
    }
}
