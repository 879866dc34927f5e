using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Health;

/// <summary>Answers whether the providers' database can be reached, for readiness checks.</summary>
public sealed class PostgreSqlHealthProbe
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlHealthProbe([FromKeyedServices(PostgreSqlOptions.DataSourceKey)] NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    /// <returns>True when a connection opens and answers a query; false when the server cannot be reached.</returns>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT 1");
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is 1;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
