using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Launch;

/// <summary>
/// The environment of the launched gateway: its signing key, the one integration key, the operator's host settings
/// (applied last), and with a <c>PollingBaseline:*</c> setting the baseline's startup hook (<see cref="PollingBaselineHook"/>).
/// </summary>
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
            // The tester's one key stands for every integration: the host's limits, not one caller's, are measured.
            ["RateLimits__Intake__PermitsPerSecond"] = "1000000",
            ["RateLimits__Intake__Burst"] = "1000000",
        };
        var given = settings.ToList();
        if (PollingBaselineHook.IsRequested(given))
        {
            environment[PollingBaselineHook.EnvironmentName] = PollingBaselineHook.AssemblyPath;
        }

        foreach (var setting in given)
        {
            environment[setting.EnvironmentName] = setting.Value;
        }

        return environment;
    }
}
