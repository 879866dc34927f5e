namespace Asivado.Grains.Departments;

/// <summary>What one local date of the department's calendar counted: outcomes per target, and feedback.</summary>
public sealed class DailyTally
{
    /// <summary>Met and breached counts by target id.</summary>
    public Dictionary<string, TargetTally> Targets { get; set; } = new(StringComparer.Ordinal);

    public int Praise { get; set; }

    public int ConstructiveCriticism { get; set; }

    public void Count(string targetId, bool met)
    {
        if (!Targets.TryGetValue(targetId, out var tally))
        {
            Targets[targetId] = tally = new TargetTally();
        }

        if (met)
        {
            tally.Met++;
        }
        else
        {
            tally.Breached++;
        }
    }
}

public sealed class TargetTally
{
    public int Met { get; set; }

    public int Breached { get; set; }
}
