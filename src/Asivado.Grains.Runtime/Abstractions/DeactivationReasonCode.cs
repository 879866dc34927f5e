namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReasonCode
{
    None,

    /// <summary>The grain called <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>The activation saw no activity for <c>GrainRuntimeOptions.CollectionAge</c>.</summary>
    ActivationIdle,

    /// <summary>A request failed in a way that leaves the activation unusable, such as a conflicting state write.</summary>
    ApplicationError,

    /// <summary>The runtime is stopping.</summary>
    ShuttingDown,
}
