using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Hosting;

/// <summary>Builds the one <see cref="NpgsqlDataSource"/> the providers share; public so tools and tests build it the same way.</summary>
public static class PostgreSqlDataSourceFactory
{
    public static NpgsqlDataSource Create(PostgreSqlOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        PostgreSqlOptionsValidator.ThrowIfInvalid(options);
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        var keys = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        if (!keys.ContainsKey("Max Auto Prepare") && !keys.ContainsKey("MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        // The providers leave no session state behind (no temporary tables, settings or advisory locks outside the
        // migrator's transaction), so the reset Npgsql sends before each reuse of a pooled connection is pure cost.
        if (!keys.ContainsKey("No Reset On Close") && !keys.ContainsKey("NoResetOnClose"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder.Build();
    }
}
