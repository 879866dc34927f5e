namespace Asivado.LoadTest.PollingBaseline;

/// <summary>The baseline's settings, bound from the launched gateway's "PollingBaseline" section.</summary>
public sealed class PollingBaselineOptions
{
    public const string SectionName = "PollingBaseline";

    /// <summary>How often the table is read for what is due. Default: 1 minute, the help-desk tools' usual check.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most handler calls running at once per silo. Default: 1,000, as the exact service.</summary>
    public int MaxConcurrentDispatches { get; set; } = 1_000;
}
