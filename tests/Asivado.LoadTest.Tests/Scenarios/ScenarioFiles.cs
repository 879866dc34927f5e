namespace Asivado.LoadTest.Tests.Scenarios;

/// <summary>benchmarks/Asivado.LoadTest/scenarios, found above the test output.</summary>
internal static class ScenarioFiles
{
    public static string Directory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "benchmarks", "Asivado.LoadTest", "scenarios");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("benchmarks/Asivado.LoadTest/scenarios not found above the test output.");
    }

    public static string Path(string file) => System.IO.Path.Combine(Directory(), file);
}
