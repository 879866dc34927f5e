using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Asivado.Orleans.PostgreSql;

/// <summary>Checks <see cref="PostgreSqlOptions"/>; every message names the option and says what is allowed.</summary>
public sealed partial class PostgreSqlOptionsValidator : IValidateOptions<PostgreSqlOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws an <see cref="OptionsValidationException"/> listing every invalid option.</summary>
    public static void ThrowIfInvalid(PostgreSqlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PostgreSqlOptions), failures);
        }
    }

    private static List<string> Failures(PostgreSqlOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.ConnectionString)} is required (an Npgsql connection string).");
        }
        else
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException exception)
            {
                failures.Add($"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.ConnectionString)} is not a valid Npgsql connection string: {exception.Message}");
            }
        }

        if (options.Schema is null || !SchemaIdentifier().IsMatch(options.Schema))
        {
            failures.Add(
                $"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.Schema)} '{options.Schema}' is not valid: use 1 to 63 lower-case letters, digits or underscores, starting with a letter or underscore.");
        }

        if (options.MaxAutoPrepare < 0)
        {
            failures.Add($"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.MaxAutoPrepare)} is {options.MaxAutoPrepare}; it may not be negative (0 turns automatic preparation off).");
        }

        if (options.RunMigrations && options.StorageInitStage <= options.MigrationStage)
        {
            failures.Add(
                $"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.StorageInitStage)} ({options.StorageInitStage}) must come after {nameof(PostgreSqlOptions.MigrationStage)} ({options.MigrationStage}).");
        }

        if (options.Batching is not { } batching)
        {
            failures.Add($"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.Batching)} is required.");
            return failures;
        }

        AtLeastOne(failures, nameof(PostgreSqlBatchingOptions.MaxBatchSize), batching.MaxBatchSize);
        AtLeastOne(failures, nameof(PostgreSqlBatchingOptions.MaxConcurrentWriteBatches), batching.MaxConcurrentWriteBatches);
        AtLeastOne(failures, nameof(PostgreSqlBatchingOptions.MaxConcurrentReadBatches), batching.MaxConcurrentReadBatches);
        return failures;
    }

    private static void AtLeastOne(List<string> failures, string option, int value)
    {
        if (value < 1)
        {
            failures.Add($"{nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.Batching)}.{option} is {value}; it must be at least 1.");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaIdentifier();
}
