using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Membership;

/// <summary>
/// Orleans cluster membership in PostgreSQL (tables membership_version and membership_silos, one version row and
/// one row per silo generation of each cluster id), on the providers' one <see cref="NpgsqlDataSource"/>. Insert and
/// update each bump the cluster's version from the expected one in the same transaction and roll back when either
/// the version or the row's ETag moved on, so a stale writer changes nothing. UpdateIAmAlive only writes the time.
/// </summary>
public sealed partial class PostgreSqlMembershipTable : IMembershipTable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly MembershipStatements _sql;
    private readonly string _clusterId;
    private readonly ILogger<PostgreSqlMembershipTable> _logger;

    public PostgreSqlMembershipTable(
        [FromKeyedServices(PostgreSqlOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        IOptions<PostgreSqlOptions> options,
        IOptions<ClusterOptions> cluster,
        ILogger<PostgreSqlMembershipTable> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(logger);
        PostgreSqlOptionsValidator.ThrowIfInvalid(options.Value);
        ArgumentException.ThrowIfNullOrWhiteSpace(cluster.Value.ClusterId);
        _dataSource = dataSource;
        _sql = new MembershipStatements(options.Value.Schema);
        _clusterId = cluster.Value.ClusterId;
        _logger = logger;
    }

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        if (tryInitTableVersion)
        {
            await using var command = Command(_sql.InitializeVersion);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        LogInitialized(_logger, _clusterId);
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        await using var command = _dataSource.CreateCommand(_sql.DeleteCluster);
        command.Parameters.Add(new NpgsqlParameter<string>("cluster_id", clusterId));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var command = Command(_sql.CleanupDefunct);
        command.Parameters.Add(new NpgsqlParameter<int>("active", (int)SiloStatus.Active));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("before", beforeDate.UtcDateTime));
        var removed = await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        LogDefunctRemoved(_logger, removed, _clusterId);
    }

    public async Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = Command(_sql.ReadRow);
        MembershipRows.AddSilo(command, key);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        return await MembershipRows.ReadAsync(reader, CancellationToken.None).ConfigureAwait(false);
    }

    public async Task<MembershipTableData> ReadAll()
    {
        await using var command = Command(_sql.ReadAll);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        return await MembershipRows.ReadAsync(reader, CancellationToken.None).ConfigureAwait(false);
    }

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        return ChangeAsync(nameof(InsertRow), entry, tableVersion, _sql.InsertSilo, etag: null);
    }

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        if (!long.TryParse(etag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expected))
        {
            LogConflict(_logger, nameof(UpdateRow), _clusterId, tableVersion.Version);
            return Task.FromResult(false);
        }

        return ChangeAsync(nameof(UpdateRow), entry, tableVersion, _sql.UpdateSilo, expected);
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = Command(_sql.UpdateIAmAlive);
        MembershipRows.AddSilo(command, entry.SiloAddress);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("i_am_alive_time", DateTime.SpecifyKind(entry.IAmAliveTime, DateTimeKind.Utc)));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Bumps the version, then inserts or updates the row; commits only when both hit exactly one row.</summary>
    private async Task<bool> ChangeAsync(string operation, MembershipEntry entry, TableVersion tableVersion, string rowSql, long? etag)
    {
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var bump = new NpgsqlCommand(_sql.BumpVersion, connection, transaction))
        {
            bump.Parameters.Add(new NpgsqlParameter<string>("cluster_id", _clusterId));
            bump.Parameters.Add(new NpgsqlParameter<int>("version", tableVersion.Version));
            if (await bump.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                LogConflict(_logger, operation, _clusterId, tableVersion.Version);
                return false;
            }
        }

        await using (var row = new NpgsqlCommand(rowSql, connection, transaction))
        {
            row.Parameters.Add(new NpgsqlParameter<string>("cluster_id", _clusterId));
            MembershipRows.AddSilo(row, entry.SiloAddress);
            MembershipRows.AddEntry(row, entry);
            if (etag is { } expected)
            {
                row.Parameters.Add(new NpgsqlParameter<long>("etag", expected));
            }

            if (await row.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                LogConflict(_logger, operation, _clusterId, tableVersion.Version);
                return false;
            }
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return true;
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("cluster_id", _clusterId));
        return command;
    }
}
