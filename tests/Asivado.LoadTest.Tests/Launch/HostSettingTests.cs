using Asivado.LoadTest.Launch;
using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Tests.Launch;

public sealed class HostSettingTests
{
    [Theory]
    [InlineData("Reminders:Mode=Polling", "Reminders:Mode", "Polling", "Reminders__Mode")]
    [InlineData("Reminders:PollInterval=00:00:10", "Reminders:PollInterval", "00:00:10", "Reminders__PollInterval")]
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
    [InlineData("Polling")]
    [InlineData("=Polling")]
    [InlineData("Reminders Mode=Polling")]
    public void Anything_but_key_equals_value_is_refused(string text)
    {
        Assert.Equal($"'{text}' is not Key=Value (e.g. Reminders:Mode=Polling).", Assert.Throws<FormatException>(() => HostSetting.Parse(text)).Message);
    }

    [Fact]
    public void The_environment_has_the_keys_and_the_host_settings_last()
    {
        var signingKey = SigningKey.Generate();
        var environment = HostEnvironment.For(signingKey, new IntegrationKey("asivado-loadtest", "k1"), [HostSetting.Parse("Reminders:Mode=Polling"), HostSetting.Parse("Authentication:SigningKey=override")]);

        Assert.Equal("override", environment["Authentication__SigningKey"]);
        Assert.Equal("asivado-loadtest", environment["Authentication__IntegrationKeys__0__Name"]);
        Assert.Equal("k1", environment["Authentication__IntegrationKeys__0__Key"]);
        Assert.Equal("false", environment["Authentication__IntegrationKeys__0__DemoOnly"]);
        Assert.Equal("Polling", environment["Reminders__Mode"]);
    }
}
