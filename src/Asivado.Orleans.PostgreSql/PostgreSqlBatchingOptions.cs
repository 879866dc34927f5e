namespace Asivado.Orleans.PostgreSql;

/// <summary>
/// Group commit: how many operations one round trip (and, for writes, one commit) may carry, and how many batches
/// may be in flight at once. While all slots are busy, new operations gather for the next batch, so batches grow
/// with the load.
/// </summary>
public sealed class PostgreSqlBatchingOptions
{
    /// <summary>The default <see cref="MaxBatchSize"/>: 1,000 operations.</summary>
    public const int DefaultMaxBatchSize = 1_000;

    /// <summary>The default <see cref="MaxConcurrentWriteBatches"/> and <see cref="MaxConcurrentReadBatches"/>: 4 each.</summary>
    public const int DefaultMaxConcurrentBatches = 4;

    /// <summary>
    /// The most operations (state writes, entry changes, deadline changes; or reads) one batch carries.
    /// Default: <see cref="DefaultMaxBatchSize"/>.
    /// </summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>
    /// How many write batches may be in flight at once, each on its own pooled connection.
    /// Default: <see cref="DefaultMaxConcurrentBatches"/>.
    /// </summary>
    public int MaxConcurrentWriteBatches { get; set; } = DefaultMaxConcurrentBatches;

    /// <summary>As <see cref="MaxConcurrentWriteBatches"/>, for reads. Default: <see cref="DefaultMaxConcurrentBatches"/>.</summary>
    public int MaxConcurrentReadBatches { get; set; } = DefaultMaxConcurrentBatches;
}
