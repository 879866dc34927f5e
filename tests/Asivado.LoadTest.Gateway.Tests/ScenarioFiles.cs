using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Gateway.Tests;

/// <summary>The shipped scenarios (benchmarks/Asivado.LoadTest/scenarios), copied to the test output with the load tester.</summary>
internal static class ScenarioFiles
{
    public static readonly TheoryData<string> All = new(Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static Scenario Load(string file) => ScenarioLoader.Load(Path.Combine(Folder, file));
}
