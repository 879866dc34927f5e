using System.Xml;

namespace Asivado.LoadTest.Scenarios;

/// <summary>One seed target's budget and clock in every department, e.g. { "target": "acknowledge", "clock": "WallClock", "budget": "PT20S" }.</summary>
public sealed record TargetOverrideSettings
{
    /// <summary>A seed target id (<see cref="SeedTargets"/>); its policy must be listed in organisation.policies.</summary>
    public string Target { get; init; } = "";

    /// <summary>Default WallClock. On the around-the-clock calendar BusinessTime counts the same.</summary>
    public TargetClock Clock { get; init; } = TargetClock.WallClock;

    /// <summary>An ISO-8601 duration without years or months, e.g. "PT20S".</summary>
    public string Budget { get; init; } = "";

    /// <summary>The budget, or null when it is not an ISO-8601 duration.</summary>
    public TimeSpan? BudgetDuration
    {
        get
        {
            try
            {
                var datePart = Budget.Split('T')[0];
                return string.IsNullOrWhiteSpace(Budget) || datePart.Contains('Y', StringComparison.Ordinal) || datePart.Contains('M', StringComparison.Ordinal)
                    ? null
                    : XmlConvert.ToTimeSpan(Budget);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
