using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class ReminderServiceOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new ReminderServiceOptions();

        Assert.Equal(TimeSpan.FromMinutes(1), options.LookAhead);
        Assert.Equal(1_000, options.MaxConcurrentDispatches);
        Assert.Equal(TimeSpan.FromSeconds(1), options.InitialRetryDelay);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MaxRetryDelay);
        Assert.Equal(10_000, options.LoadBatchSize);
        Assert.Equal(HashRange.Full, options.Range);
    }

    public static TheoryData<Action<ReminderServiceOptions>, string> BadOptions => new()
    {
        { o => o.LookAhead = TimeSpan.Zero, nameof(ReminderServiceOptions.LookAhead) },
        { o => o.MaxConcurrentDispatches = 0, nameof(ReminderServiceOptions.MaxConcurrentDispatches) },
        { o => o.InitialRetryDelay = TimeSpan.Zero, nameof(ReminderServiceOptions.InitialRetryDelay) },
        { o => o.MaxRetryDelay = TimeSpan.FromMilliseconds(10), nameof(ReminderServiceOptions.MaxRetryDelay) },
        { o => o.LoadBatchSize = -1, nameof(ReminderServiceOptions.LoadBatchSize) },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_is_rejected_by_name_when_the_service_is_built(Action<ReminderServiceOptions> spoil, string optionName)
    {
        using var harness = new ReminderTestHarness();
        spoil(harness.Options);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => harness.CreateService());

        Assert.Equal(optionName, error.ParamName);
    }
}
