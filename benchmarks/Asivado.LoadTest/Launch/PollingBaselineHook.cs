using System.Reflection;

namespace Asivado.LoadTest.Launch;

/// <summary>
/// The polling baseline (PollingBaseline/, benchmarks/README.md "Polling baseline"): a launched gateway given any
/// <c>PollingBaseline:*</c> host setting (e.g. <c>PollingBaseline:Interval=00:00:10</c>) also gets
/// <c>DOTNET_STARTUP_HOOKS</c> naming the baseline's assembly, which swaps its polling deadline service in for the exact one.
/// </summary>
public static class PollingBaselineHook
{
    public const string SettingPrefix = "PollingBaseline:";

    public const string EnvironmentName = "DOTNET_STARTUP_HOOKS";

    /// <summary>The built baseline assembly (built with the load tester, in its configuration).</summary>
    public static string AssemblyPath { get; } =
        typeof(PollingBaselineHook).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(static a => a.Key == "PollingBaselineAssemblyPath").Value!;

    public static bool IsRequested(IEnumerable<HostSetting> settings) =>
        settings.Any(static setting => setting.Key.StartsWith(SettingPrefix, StringComparison.OrdinalIgnoreCase));
}
