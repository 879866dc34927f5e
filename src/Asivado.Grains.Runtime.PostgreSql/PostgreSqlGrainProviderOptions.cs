using System.Text.RegularExpressions;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql;

/// <summary>Where and how the PostgreSQL grain state and reminder providers store their data.</summary>
public sealed partial class PostgreSqlGrainProviderOptions
{
    /// <summary>The default <see cref="Schema"/>: "asivado".</summary>
    public const string DefaultSchema = "asivado";

    /// <summary>
    /// The service key of the <see cref="NpgsqlDataSource"/> the providers share, so that an application's own
    /// data source registration neither replaces it nor is replaced by it.
    /// </summary>
    public const string DataSourceKey = "Asivado.Grains.Runtime.PostgreSql";

    /// <summary>The default <see cref="MaxAutoPrepare"/>: 32 statements per connection.</summary>
    public const int DefaultMaxAutoPrepare = 32;

    /// <summary>The default <see cref="MaxBatchSize"/>: 1,000 operations.</summary>
    public const int DefaultMaxBatchSize = 1_000;

    /// <summary>The default <see cref="MaxConcurrentWriteBatches"/> and <see cref="MaxConcurrentReadBatches"/>: 4 each.</summary>
    public const int DefaultMaxConcurrentBatches = 4;

    /// <summary>An Npgsql connection string. Required; there is no default.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The schema that holds the providers' tables; created by the migrator when missing.
    /// Lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 characters.
    /// Default: <see cref="DefaultSchema"/>.
    /// </summary>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>
    /// How many statements Npgsql prepares automatically per connection (its "Max Auto Prepare"), unless the
    /// connection string sets it. Zero turns automatic preparation off. Default: <see cref="DefaultMaxAutoPrepare"/>.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = DefaultMaxAutoPrepare;

    /// <summary>
    /// The most operations (state writes, reminder changes, entry changes; or reads) one batch carries: one round
    /// trip and, for writes, one commit. Default: <see cref="DefaultMaxBatchSize"/>.
    /// </summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>
    /// How many write batches may be in flight at once, each on its own connection; while they all are, new
    /// writes gather for the next one. Default: <see cref="DefaultMaxConcurrentBatches"/>.
    /// </summary>
    public int MaxConcurrentWriteBatches { get; set; } = DefaultMaxConcurrentBatches;

    /// <summary>As <see cref="MaxConcurrentWriteBatches"/>, for reads. Default: <see cref="DefaultMaxConcurrentBatches"/>.</summary>
    public int MaxConcurrentReadBatches { get; set; } = DefaultMaxConcurrentBatches;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("A PostgreSQL connection string is required.", nameof(ConnectionString));
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"The PostgreSQL connection string is invalid: {exception.Message}", nameof(ConnectionString), exception);
        }

        if (Schema is null || !SchemaIdentifier().IsMatch(Schema))
        {
            throw new ArgumentException(
                $"The schema name '{Schema}' is not valid: use 1 to 63 lower-case letters, digits or underscores, starting with a letter or underscore.",
                nameof(Schema));
        }

        if (MaxAutoPrepare < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAutoPrepare), MaxAutoPrepare, "MaxAutoPrepare may not be negative.");
        }

        if (MaxBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, "MaxBatchSize must be at least 1.");
        }

        if (MaxConcurrentWriteBatches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentWriteBatches), MaxConcurrentWriteBatches, "MaxConcurrentWriteBatches must be at least 1.");
        }

        if (MaxConcurrentReadBatches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentReadBatches), MaxConcurrentReadBatches, "MaxConcurrentReadBatches must be at least 1.");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaIdentifier();
}
