namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>How a re-application job works through the open cases (configuration section "Reapplication").</summary>
public sealed class ReapplicationOptions
{
    public const string SectionName = "Reapplication";

    /// <summary>Case calls in flight at once. Default 32: enough to hide a storage round trip, little against intake.</summary>
    public int MaxCasesInFlight { get; set; } = 32;

    /// <summary>Cases per step; progress is stored after each. Default 500.</summary>
    public int CasesPerStep { get; set; } = 500;

    /// <summary>
    /// A running job holds a durable deadline this far ahead, moved at every step: when its silo is lost (or the
    /// cluster restarts) the deadline fires and the job resumes from its last stored step. Default 1 minute.
    /// </summary>
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromMinutes(1);
}
