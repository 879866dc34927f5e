namespace Asivado.Grains.Organisation.Revisions;

/// <summary>What a published revision changes; each is re-applied to the open cases of the departments it reaches.</summary>
public enum RevisionKind
{
    /// <summary>A new revision of a policy (the domain's policy format).</summary>
    Policy = 1,

    /// <summary>A department's overrides of one of its policies.</summary>
    DepartmentOverride,

    /// <summary>A new version of a business calendar (new holidays, changed hours).</summary>
    Calendar,
}
