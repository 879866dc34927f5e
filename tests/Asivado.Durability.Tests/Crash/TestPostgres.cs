namespace Asivado.Durability.Tests.Crash;

/// <summary>The PostgreSQL server the tests use, from ASIVADO_TEST_POSTGRES. Tests fail, never skip, without it.</summary>
internal static class TestPostgres
{
    private const string Variable = "ASIVADO_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{Variable} is not set: the durability tests need a PostgreSQL server whose role may CREATE DATABASE. " +
                $"Run them with {Variable}=$(scripts/ensure-postgres.sh), or through scripts/test.sh.");
}
