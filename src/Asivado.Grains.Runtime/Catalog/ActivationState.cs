namespace Asivado.Grains.Runtime.Catalog;

internal enum ActivationState
{
    /// <summary>Constructing, loading state and running OnActivateAsync; requests wait.</summary>
    Activating,

    /// <summary>Taking requests.</summary>
    Valid,

    /// <summary>Running OnDeactivateAsync; new requests wait and then go to the next activation.</summary>
    Deactivating,

    /// <summary>Gone from the catalog; a request that finds it looks the grain up again.</summary>
    Invalid,
}
