using Asivado.Grains.Runtime.PostgreSql;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class PostgreSqlGrainProviderOptionsTests
{
    private const string ValidConnectionString = "Host=127.0.0.1;Username=asivado;Password=asivado;Database=asivado_test";

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new PostgreSqlGrainProviderOptions();

        Assert.Null(options.ConnectionString);
        Assert.Equal("asivado", options.Schema);
        Assert.Equal(32, options.MaxAutoPrepare);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Nonsense Keyword=1")]
    public void A_missing_or_malformed_connection_string_is_refused(string? connectionString)
    {
        var options = new PostgreSqlGrainProviderOptions { ConnectionString = connectionString };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(PostgreSqlGrainProviderOptions.ConnectionString), refused.ParamName);
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
        var options = new PostgreSqlGrainProviderOptions { ConnectionString = ValidConnectionString, Schema = schema };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(PostgreSqlGrainProviderOptions.Schema), refused.ParamName);
    }

    [Theory]
    [InlineData("asivado")]
    [InlineData("_tenant_7")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Plain_lower_case_identifiers_up_to_63_characters_are_accepted(string schema)
    {
        new PostgreSqlGrainProviderOptions { ConnectionString = ValidConnectionString, Schema = schema }.Validate();
    }

    [Fact]
    public void A_negative_auto_prepare_limit_is_refused()
    {
        var options = new PostgreSqlGrainProviderOptions { ConnectionString = ValidConnectionString, MaxAutoPrepare = -1 };

        var refused = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(PostgreSqlGrainProviderOptions.MaxAutoPrepare), refused.ParamName);
    }

    [Fact]
    public void The_data_source_prepares_statements_automatically_unless_the_connection_string_says_otherwise()
    {
        using var defaulted = PostgreSqlGrainProvidersServiceCollectionExtensions.CreateDataSource(
            new PostgreSqlGrainProviderOptions { ConnectionString = ValidConnectionString });
        using var explicitlySet = PostgreSqlGrainProvidersServiceCollectionExtensions.CreateDataSource(
            new PostgreSqlGrainProviderOptions { ConnectionString = ValidConnectionString + ";Max Auto Prepare=5" });

        Assert.Equal(32, new Npgsql.NpgsqlConnectionStringBuilder(defaulted.ConnectionString).MaxAutoPrepare);
        Assert.Equal(5, new Npgsql.NpgsqlConnectionStringBuilder(explicitlySet.ConnectionString).MaxAutoPrepare);
    }
}
