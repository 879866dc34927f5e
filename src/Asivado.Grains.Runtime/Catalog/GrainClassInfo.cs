using System.Reflection;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Grains.Runtime.Catalog;

/// <summary>What the runtime knows about one grain class: its type name, scheduling and how to construct it.</summary>
internal sealed class GrainClassInfo
{
    private readonly ObjectFactory _factory;
    private readonly Func<ActivationData, IStateLoader>[] _stateFactories;
    private readonly bool _hasLogs;

    private GrainClassInfo(Type classType, string typeName, ObjectFactory factory, Func<ActivationData, IStateLoader>[] stateFactories, bool hasLogs)
    {
        _hasLogs = hasLogs;
        ClassType = classType;
        TypeName = typeName;
        _factory = factory;
        _stateFactories = stateFactories;
        IsReentrant = classType.IsDefined(typeof(ReentrantAttribute), inherit: true);
        IsRemindable = typeof(IRemindable).IsAssignableFrom(classType);
        OverridesOnActivate = Overrides(classType, nameof(Grain.OnActivateAsync), typeof(CancellationToken));
        OverridesOnDeactivate = Overrides(classType, nameof(Grain.OnDeactivateAsync), typeof(DeactivationReason), typeof(CancellationToken));
    }

    public Type ClassType { get; }

    public string TypeName { get; }

    public bool IsReentrant { get; }

    public bool IsRemindable { get; }

    /// <summary>False when the class keeps <see cref="Grain"/>'s empty OnActivateAsync, which the runtime then skips.</summary>
    public bool OverridesOnActivate { get; }

    /// <summary>False when the class keeps <see cref="Grain"/>'s empty OnDeactivateAsync, which the runtime then skips.</summary>
    public bool OverridesOnDeactivate { get; }

    public static GrainClassInfo Create(Type classType)
    {
        var constructor = classType.GetConstructors()
            .OrderByDescending(c => c.IsDefined(typeof(ActivatorUtilitiesConstructorAttribute)))
            .ThenByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {classType.FullName} has no public constructor.");
        var stateParameters = constructor.GetParameters()
            .Select(p => (Parameter: p, Factory: PersistentStateFactory.ForParameter(classType, p)))
            .Where(p => p.Factory is not null)
            .ToArray();
        var stateFactories = stateParameters.Select(p => p.Factory!).ToArray();
        var factory = ActivatorUtilities.CreateFactory(classType, stateParameters.Select(p => p.Parameter.ParameterType).ToArray());
        var hasLogs = stateParameters.Any(p => p.Parameter.IsDefined(typeof(PersistentLogAttribute)));
        return new GrainClassInfo(classType, GrainTypeNames.Of(classType), factory, stateFactories, hasLogs);
    }

    /// <summary>Constructs the grain with its persistent states and services; returns the states to load.</summary>
    public (object Grain, IStateLoader[] States) Construct(ActivationData activation, IServiceProvider services)
    {
        var states = new IStateLoader[_stateFactories.Length];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = _stateFactories[i](activation);
        }

        if (_hasLogs)
        {
            PersistentStateFactory.AttachLogs(states);
        }

        return (_factory(services, states), states);
    }

    public override string ToString() => $"{ClassType.FullName} ({TypeName})";

    private static bool Overrides(Type classType, string methodName, params Type[] parameterTypes) =>
        classType.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance, parameterTypes)?.DeclaringType != typeof(Grain);
}
