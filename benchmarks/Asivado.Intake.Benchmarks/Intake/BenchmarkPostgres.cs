namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>The PostgreSQL server to measure against: --postgres, else ASIVADO_BENCH_POSTGRES.</summary>
internal static class BenchmarkPostgres
{
    public const string Variable = "ASIVADO_BENCH_POSTGRES";

    public static string Resolve(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new InvalidOperationException(
            $"No PostgreSQL server: pass --postgres \"<connection string>\" or set {Variable}. " +
            $"scripts/ensure-postgres.sh starts a local one and prints its connection string: {Variable}=$(scripts/ensure-postgres.sh). " +
            "The role needs CREATEDB: each run creates a database of its own and drops it at the end.");
}
