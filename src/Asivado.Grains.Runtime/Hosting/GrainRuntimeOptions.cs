using System.Reflection;
using System.Text.Json;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Catalog;

namespace Asivado.Grains.Runtime.Hosting;

/// <summary>
/// Settings of the grain runtime. Grain classes are found by scanning the assemblies given to
/// <see cref="AddGrainsFrom"/> for non-abstract subclasses of <see cref="Grain"/>; <see cref="AddGrain{TGrain}"/>
/// adds a single class (useful in tests).
/// </summary>
public sealed class GrainRuntimeOptions
{
    private readonly List<Type> _grainClasses = [];

    /// <summary>An activation with no activity for this long is deactivated. Default: 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default: 1 minute.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a caller waits for a grain call before a <see cref="TimeoutException"/>, measured on the
    /// runtime's TimeProvider. <see cref="Timeout.InfiniteTimeSpan"/> disables it. Default: 30 seconds.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long <see cref="Grain.OnActivateAsync"/> may run before the cancellation token it was given is cancelled,
    /// measured on the runtime's TimeProvider from the call. The runtime does not abandon the activation by itself: a
    /// grain that observes the token and throws fails the activation, and the calls waiting for it get the exception.
    /// <see cref="Timeout.InfiniteTimeSpan"/> never cancels. Default: 30 seconds.
    /// </summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long <see cref="Grain.OnDeactivateAsync"/> may run before the cancellation token it was given is cancelled,
    /// measured on the runtime's TimeProvider from the call. Whatever the grain does then, the activation is removed
    /// once OnDeactivateAsync completes (an exception is logged). <see cref="Timeout.InfiniteTimeSpan"/> never cancels.
    /// Default: 30 seconds.
    /// </summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How persistent state is written to storage. Default: System.Text.Json web defaults (camelCase, case-insensitive reads).</summary>
    public JsonSerializerOptions StateSerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    internal IReadOnlyList<Type> GrainClasses => _grainClasses;

    /// <summary>Adds every non-abstract <see cref="Grain"/> subclass of <paramref name="assembly"/>.</summary>
    public GrainRuntimeOptions AddGrainsFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _grainClasses.AddRange(assembly.GetTypes().Where(GrainClassRegistry.IsGrainClass));
        return this;
    }

    /// <summary>Adds one grain class.</summary>
    public GrainRuntimeOptions AddGrain<TGrain>()
        where TGrain : Grain
    {
        if (!GrainClassRegistry.IsGrainClass(typeof(TGrain)))
        {
            throw new ArgumentException($"{typeof(TGrain).FullName} is abstract or generic; add a concrete grain class.", nameof(TGrain));
        }

        _grainClasses.Add(typeof(TGrain));
        return this;
    }

    internal void Validate()
    {
        ThrowIfNotPositive(CollectionAge, nameof(CollectionAge));
        ThrowIfNotPositive(CollectionQuantum, nameof(CollectionQuantum));
        ThrowIfNotPositiveOrInfinite(CallTimeout, nameof(CallTimeout));
        ThrowIfNotPositiveOrInfinite(ActivationTimeout, nameof(ActivationTimeout));
        ThrowIfNotPositiveOrInfinite(DeactivationTimeout, nameof(DeactivationTimeout));

        if (StateSerializerOptions is null)
        {
            throw new ArgumentNullException(nameof(StateSerializerOptions), "GrainRuntimeOptions.StateSerializerOptions must be set.");
        }
    }

    private static void ThrowIfNotPositiveOrInfinite(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan)
        {
            ThrowIfNotPositive(value, name);
        }
    }

    private static void ThrowIfNotPositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, $"GrainRuntimeOptions.{name} must be positive.");
        }
    }
}
