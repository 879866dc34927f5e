namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>A revision's re-application job is named after it: publishing, a retry and a resume all reach the same job.</summary>
public static class ReapplicationJobs
{
    public const string Prefix = "reapply-";

    public static string IdFor(long revision) => Prefix + revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
