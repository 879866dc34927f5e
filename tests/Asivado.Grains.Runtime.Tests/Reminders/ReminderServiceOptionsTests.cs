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
        Assert.Equal(ReminderServiceMode.Exact, options.Mode);
        Assert.Equal(TimeSpan.FromMinutes(1), options.PollInterval);
    }

    public static TheoryData<Action<ReminderServiceOptions>, string> BadOptions => new()
    {
        { o => o.LookAhead = TimeSpan.Zero, nameof(ReminderServiceOptions.LookAhead) },
        { o => o.MaxConcurrentDispatches = 0, nameof(ReminderServiceOptions.MaxConcurrentDispatches) },
        { o => o.InitialRetryDelay = TimeSpan.Zero, nameof(ReminderServiceOptions.InitialRetryDelay) },
        { o => o.MaxRetryDelay = TimeSpan.FromMilliseconds(10), nameof(ReminderServiceOptions.MaxRetryDelay) },
        { o => o.LoadBatchSize = -1, nameof(ReminderServiceOptions.LoadBatchSize) },
        { o => o.PollInterval = TimeSpan.Zero, nameof(ReminderServiceOptions.PollInterval) },
        { o => o.PollInterval = TimeSpan.FromSeconds(-1), nameof(ReminderServiceOptions.PollInterval) },
        { o => o.PollInterval = ReminderServiceOptions.MaxPollInterval + TimeSpan.FromTicks(1), nameof(ReminderServiceOptions.PollInterval) },
        { o => o.Mode = (ReminderServiceMode)2, nameof(ReminderServiceOptions.Mode) },
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

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_is_rejected_by_name_when_the_polling_service_is_built(Action<ReminderServiceOptions> spoil, string optionName)
    {
        using var harness = new ReminderTestHarness();
        spoil(harness.Options);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => harness.CreatePollingService());

        Assert.Equal(optionName, error.ParamName);
    }

    [Fact]
    public void A_bad_poll_interval_says_what_is_allowed()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.Zero;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => harness.CreatePollingService());

        Assert.Contains("The poll interval must be positive and at most 1 day.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_poll_interval_is_accepted()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = ReminderServiceOptions.MaxPollInterval;

        Assert.Equal(0, harness.CreatePollingService().PendingCount());
    }
}
