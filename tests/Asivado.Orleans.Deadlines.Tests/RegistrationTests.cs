using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.Services;
using Orleans.TestingHost;

namespace Asivado.Orleans.Deadlines.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones_and_valid()
    {
        var options = new DeadlineServiceOptions();
        Assert.Equal(TimeSpan.FromMinutes(1), options.LookAhead);
        Assert.Equal(1_000, options.MaxConcurrentDispatches);
        Assert.Equal(TimeSpan.FromSeconds(1), options.InitialRetryDelay);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MaxRetryDelay);
        Assert.Equal(10_000, options.LoadBatchSize);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Invalid_options_fail_validation_naming_each_setting()
    {
        var services = Silo().AddDeadlines(o =>
        {
            o.LookAhead = TimeSpan.Zero;
            o.MaxConcurrentDispatches = 0;
            o.InitialRetryDelay = TimeSpan.FromSeconds(5);
            o.MaxRetryDelay = TimeSpan.FromSeconds(1);
            o.LoadBatchSize = -1;
        }).Services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DeadlineServiceOptions>>().Value);
        Assert.Equal(4, failure.Failures.Count());
        Assert.Contains(failure.Failures, f => f.Contains(nameof(DeadlineServiceOptions.LookAhead), StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains(nameof(DeadlineServiceOptions.MaxConcurrentDispatches), StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains(nameof(DeadlineServiceOptions.MaxRetryDelay), StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains(nameof(DeadlineServiceOptions.LoadBatchSize), StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_twice_registers_one_grain_service_and_keeps_both_configurations()
    {
        var builder = Silo().AddDeadlines(o => o.LookAhead = TimeSpan.FromSeconds(30)).AddDeadlines(o => o.LoadBatchSize = 5).AddMemoryDeadlineTable();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IGrainService));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IDeadlineScheduler));
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<DeadlineServiceOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(30), 5), (options.LookAhead, options.LoadBatchSize));
        Assert.IsType<MemoryDeadlineTable>(services.GetRequiredService<IDeadlineTable>());
    }

    [Fact]
    public void A_registered_table_is_kept_by_AddMemoryDeadlineTable()
    {
        var table = new MemoryDeadlineTable();
        var builder = Silo();
        builder.Services.AddSingleton<IDeadlineTable>(table);
        builder.AddMemoryDeadlineTable();

        using var services = builder.Services.BuildServiceProvider();
        Assert.Same(table, services.GetRequiredService<IDeadlineTable>());
    }

    [Fact]
    public void The_service_clock_is_the_unkeyed_one_even_when_background_areas_are_pinned_to_real_time()
    {
        var fake = new FakeTimeProvider();
        var builder = Silo();
        builder.Services.AddSingleton<TimeProvider>(fake);
        builder.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        builder.AddDeadlines();

        using var services = builder.Services.BuildServiceProvider();
        Assert.Same(fake, services.GetRequiredKeyedService<TimeProvider>(DeadlineServiceTime.Key));
    }

    [Fact]
    public void A_clock_keyed_for_the_deadline_service_wins()
    {
        var own = new FakeTimeProvider();
        var builder = Silo().AddDeadlines();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        builder.Services.AddKeyedSingleton<TimeProvider>(DeadlineServiceTime.Key, own);

        using var services = builder.Services.BuildServiceProvider();
        Assert.Same(own, services.GetRequiredKeyedService<TimeProvider>(DeadlineServiceTime.Key));
    }

    private static TestSiloBuilder Silo() => new(new ServiceCollection());

    private sealed class TestSiloBuilder(IServiceCollection services) : ISiloBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IConfiguration Configuration { get; } = new ConfigurationManager();
    }
}
