using Asivado.Orleans.PostgreSql.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Tests.Hosting;

public sealed class PostgreSqlOptionsValidatorTests
{
    private const string ValidConnectionString = "Host=localhost;Username=asivado;Database=asivado";

    [Fact]
    public void The_defaults_are_documented_values_and_valid_with_a_connection_string()
    {
        var options = new PostgreSqlOptions { ConnectionString = ValidConnectionString };

        Assert.Equal("asivado", options.Schema);
        Assert.Equal(32, options.MaxAutoPrepare);
        Assert.True(options.RunMigrations);
        Assert.Equal(1_000, options.Batching.MaxBatchSize);
        Assert.Equal(4, options.Batching.MaxConcurrentWriteBatches);
        Assert.Equal(4, options.Batching.MaxConcurrentReadBatches);
        Assert.True(options.MigrationStage < options.StorageInitStage);
        Assert.True(new PostgreSqlOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Nonsense Keyword=1")]
    public void A_missing_or_malformed_connection_string_is_refused_by_name(string? connectionString)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => PostgreSqlOptionsValidator.ThrowIfInvalid(new PostgreSqlOptions { ConnectionString = connectionString }));

        Assert.Contains("PostgreSqlOptions.ConnectionString", Assert.Single(refused.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Asivado")]
    [InlineData("1st")]
    [InlineData("asivado-test")]
    [InlineData("asivado\"; DROP SCHEMA public; --")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void A_schema_that_is_not_a_plain_lower_case_identifier_is_refused(string schema)
    {
        var result = new PostgreSqlOptionsValidator().Validate(null, new PostgreSqlOptions { ConnectionString = ValidConnectionString, Schema = schema });

        Assert.True(result.Failed);
        Assert.Contains("PostgreSqlOptions.Schema", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asivado")]
    [InlineData("_tenant_7")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Plain_lower_case_identifiers_up_to_63_characters_are_accepted(string schema)
    {
        PostgreSqlOptionsValidator.ThrowIfInvalid(new PostgreSqlOptions { ConnectionString = ValidConnectionString, Schema = schema });
    }

    [Fact]
    public void Every_invalid_number_is_named_at_once()
    {
        var options = new PostgreSqlOptions
        {
            ConnectionString = ValidConnectionString,
            MaxAutoPrepare = -1,
            StorageInitStage = 0,
            MigrationStage = 10,
            Batching = new PostgreSqlBatchingOptions { MaxBatchSize = 0, MaxConcurrentWriteBatches = 0, MaxConcurrentReadBatches = -3 },
        };

        var failures = Assert.Throws<OptionsValidationException>(() => PostgreSqlOptionsValidator.ThrowIfInvalid(options)).Failures.ToList();

        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, failure => failure.Contains("MaxAutoPrepare is -1", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("StorageInitStage (0) must come after MigrationStage (10)", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("Batching.MaxBatchSize is 0", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("Batching.MaxConcurrentWriteBatches is 0", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("Batching.MaxConcurrentReadBatches is -3", StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_source_prepares_statements_and_skips_the_reset_unless_the_connection_string_says_otherwise()
    {
        using var defaulted = PostgreSqlDataSourceFactory.Create(new PostgreSqlOptions { ConnectionString = ValidConnectionString });
        using var explicitlySet = PostgreSqlDataSourceFactory.Create(new PostgreSqlOptions { ConnectionString = ValidConnectionString + ";Max Auto Prepare=5;No Reset On Close=false" });

        Assert.Equal(32, new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).MaxAutoPrepare);
        Assert.True(new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).NoResetOnClose);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(explicitlySet.ConnectionString).MaxAutoPrepare);
        Assert.False(new NpgsqlConnectionStringBuilder(explicitlySet.ConnectionString).NoResetOnClose);
    }
}
