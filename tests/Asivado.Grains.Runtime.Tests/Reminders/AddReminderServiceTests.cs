using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class AddReminderServiceTests
{
    [Fact]
    public void Registers_the_scheduler_with_the_memory_table_and_the_system_clock()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IReminderDispatcher>(new RecordingReminderDispatcher(TimeProvider.System));

        services.AddReminderService(o => o.LookAhead = TimeSpan.FromSeconds(10));
        using var provider = services.BuildServiceProvider();

        Assert.IsType<ReminderService>(provider.GetRequiredService<IReminderService>());
        Assert.Same(provider.GetRequiredService<IReminderService>(), provider.GetRequiredService<IReminderService>());
        Assert.IsType<MemoryReminderTable>(provider.GetRequiredService<IReminderTable>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(TimeSpan.FromSeconds(10), provider.GetRequiredService<IOptions<ReminderServiceOptions>>().Value.LookAhead);
    }

    [Fact]
    public void Keeps_a_table_and_clock_registered_before_it()
    {
        var table = new MemoryReminderTable();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<IReminderTable>(table).AddSingleton<TimeProvider>(clock);

        services.AddReminderService();
        using var provider = services.BuildServiceProvider();

        Assert.Same(table, provider.GetRequiredService<IReminderTable>());
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Rejects_a_null_collection()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ReminderServiceCollectionExtensions.AddReminderService(null!));
        Assert.Equal("services", error.ParamName);
    }
}
