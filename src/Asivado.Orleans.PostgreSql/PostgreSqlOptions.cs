using Npgsql;
using Orleans;

namespace Asivado.Orleans.PostgreSql;

/// <summary>
/// Where and how the project's PostgreSQL providers (grain state, keyed-collection entries, deadlines) keep their
/// data. Bind it from configuration (<c>Asivado:PostgreSql</c> by convention) or set it in code.
/// </summary>
public sealed class PostgreSqlOptions
{
    /// <summary>The default <see cref="Schema"/>: "asivado".</summary>
    public const string DefaultSchema = "asivado";

    /// <summary>
    /// The service key of the <see cref="NpgsqlDataSource"/> the providers share, so that an application's own data
    /// source registration neither replaces it nor is replaced by it.
    /// </summary>
    public const string DataSourceKey = "Asivado.Orleans.PostgreSql";

    /// <summary>
    /// The name the grain storage is registered under besides Orleans' default name:
    /// <c>[PersistentState("state", PostgreSqlOptions.StorageName)]</c> names it explicitly.
    /// </summary>
    public const string StorageName = "asivado";

    /// <summary>The configuration section the options bind from by convention: "Asivado:PostgreSql".</summary>
    public const string ConfigurationSection = "Asivado:PostgreSql";

    /// <summary>The default <see cref="MaxAutoPrepare"/>: 32 statements per connection.</summary>
    public const int DefaultMaxAutoPrepare = 32;

    /// <summary>
    /// The default <see cref="MigrationStage"/>: just before <see cref="ServiceLifecycleStage.RuntimeInitialize"/>, so
    /// the schema is up to date before anything in the silo (membership, grain services, storage) touches it.
    /// </summary>
    public const int DefaultMigrationStage = ServiceLifecycleStage.RuntimeInitialize - 1;

    /// <summary>The default <see cref="StorageInitStage"/>: <see cref="ServiceLifecycleStage.ApplicationServices"/>, as Orleans' own providers.</summary>
    public const int DefaultStorageInitStage = ServiceLifecycleStage.ApplicationServices;

    /// <summary>An Npgsql connection string. Required; there is no default.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The schema that holds the providers' tables; created by the migrator when missing. Lower-case letters, digits
    /// and underscores, starting with a letter or underscore, at most 63 characters. Default: <see cref="DefaultSchema"/>.
    /// </summary>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>
    /// How many statements Npgsql prepares automatically per connection (its "Max Auto Prepare"), unless the
    /// connection string sets it. Zero turns automatic preparation off. Default: <see cref="DefaultMaxAutoPrepare"/>.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = DefaultMaxAutoPrepare;

    /// <summary>
    /// Whether the silo applies the embedded migrations at start-up (under an advisory lock). Turn it off only where
    /// a deployment step migrates the schema with a role the silos do not have. Default: true.
    /// </summary>
    public bool RunMigrations { get; set; } = true;

    /// <summary>The silo lifecycle stage at which the migrator runs. Default: <see cref="DefaultMigrationStage"/>.</summary>
    public int MigrationStage { get; set; } = DefaultMigrationStage;

    /// <summary>
    /// The silo lifecycle stage at which the grain storage checks that its table is there (failing start-up with a
    /// clear message otherwise). Must come after <see cref="MigrationStage"/>. Default: <see cref="DefaultStorageInitStage"/>.
    /// </summary>
    public int StorageInitStage { get; set; } = DefaultStorageInitStage;

    /// <summary>How reads and writes of many grains are gathered into one round trip.</summary>
    public PostgreSqlBatchingOptions Batching { get; set; } = new();
}
