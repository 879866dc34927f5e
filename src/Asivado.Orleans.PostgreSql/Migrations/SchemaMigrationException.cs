namespace Asivado.Orleans.PostgreSql.Migrations;

/// <summary>The database's migration history disagrees with this build's migrations; start-up must not go on.</summary>
public sealed class SchemaMigrationException : Exception
{
    public SchemaMigrationException(string message)
        : base(message)
    {
    }
}
