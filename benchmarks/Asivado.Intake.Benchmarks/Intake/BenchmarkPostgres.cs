namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>The PostgreSQL server to measure against: --postgres, else ASIVADO_BENCH_POSTGRES.</summary>
internal static class BenchmarkPostgres
{
    public const string Variable = "ASIVADO_BENCH_POSTGRES";

    public const string Missing =
        $"No PostgreSQL server: pass --postgres \"<connection string>\" or set {Variable}. " +
        $"scripts/ensure-postgres.sh starts a local one and prints its connection string: {Variable}=$(scripts/ensure-postgres.sh). " +
        "The role needs CREATEDB: each run creates a database of its own and drops it at the end.";

    public static bool TryResolve(string? option, out string connectionString)
    {
        connectionString = option is { Length: > 0 } ? option : Environment.GetEnvironmentVariable(Variable) ?? "";
        return connectionString.Length > 0;
    }
}
