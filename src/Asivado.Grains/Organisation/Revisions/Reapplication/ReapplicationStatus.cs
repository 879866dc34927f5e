namespace Asivado.Grains.Organisation.Revisions.Reapplication;

public enum ReapplicationStatus
{
    /// <summary>No job has this id.</summary>
    None = 0,

    Running,

    Completed,
}
