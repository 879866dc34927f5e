using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Launch;

/// <summary>The environment of the launched gateway: its signing key, the one integration key, and the operator's host settings (applied last).</summary>
public static class HostEnvironment
{
    public static IReadOnlyDictionary<string, string> For(SigningKey signingKey, IntegrationKey integrationKey, IEnumerable<HostSetting> settings)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Authentication__SigningKey"] = signingKey.Base64,

            // Index 0 replaces appsettings.json's demo key, whose demoOnly flag would otherwise stay.
            ["Authentication__IntegrationKeys__0__Name"] = integrationKey.Name,
            ["Authentication__IntegrationKeys__0__Key"] = integrationKey.Key,
            ["Authentication__IntegrationKeys__0__DemoOnly"] = "false",
        };
        foreach (var setting in settings)
        {
            environment[setting.EnvironmentName] = setting.Value;
        }

        return environment;
    }
}
