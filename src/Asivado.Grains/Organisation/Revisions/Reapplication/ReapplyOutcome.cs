namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>What re-applying the organisation's current revision did to one case.</summary>
public enum ReapplyOutcome
{
    /// <summary>At least one pending deadline moved (recorded in the case's history, re-scheduled, pushed).</summary>
    Changed = 1,

    /// <summary>Open, and already counting with the current revision (nothing written).</summary>
    Unchanged,

    /// <summary>Closed, awaiting confirmation, or not a case: untouched.</summary>
    NotOpen,
}
