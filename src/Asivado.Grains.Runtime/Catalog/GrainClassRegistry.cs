using System.Collections.Concurrent;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Hosting;

namespace Asivado.Grains.Runtime.Catalog;

/// <summary>
/// The grain classes the runtime knows: those in the assemblies given to <see cref="GrainRuntimeOptions.AddGrainsFrom"/>
/// and those given to <see cref="GrainRuntimeOptions.AddGrain{TGrain}"/>. Maps grain interfaces and type names to classes.
/// </summary>
internal sealed class GrainClassRegistry
{
    private readonly Dictionary<string, Type> _classesByTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<Type>> _classesByInterface = [];
    private readonly ConcurrentDictionary<Type, GrainClassInfo> _infos = new();

    /// <exception cref="InvalidOperationException">Two grain classes have the same grain type name.</exception>
    public GrainClassRegistry(IEnumerable<Type> grainClasses)
    {
        foreach (var grainClass in grainClasses.Distinct())
        {
            var typeName = GrainTypeNames.Of(grainClass);
            if (_classesByTypeName.TryGetValue(typeName, out var existing))
            {
                throw new InvalidOperationException(
                    $"Grain classes {existing.FullName} and {grainClass.FullName} both have the grain type name '{typeName}'; give one a [GrainType(\"...\")].");
            }

            _classesByTypeName.Add(typeName, grainClass);
            foreach (var grainInterface in grainClass.GetInterfaces().Where(IsApplicationGrainInterface))
            {
                if (!_classesByInterface.TryGetValue(grainInterface, out var classes))
                {
                    _classesByInterface[grainInterface] = classes = [];
                }

                classes.Add(grainClass);
            }
        }
    }

    public static bool IsGrainClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(Grain).IsAssignableFrom(type);

    /// <exception cref="InvalidOperationException">No class, or more than one, implements the interface.</exception>
    public GrainClassInfo ForInterface(Type grainInterface)
    {
        if (!_classesByInterface.TryGetValue(grainInterface, out var classes))
        {
            throw new InvalidOperationException(
                $"No grain class implements {grainInterface.FullName}; add its assembly with GrainRuntimeOptions.AddGrainsFrom or the class with AddGrain<T>.");
        }

        if (classes.Count > 1)
        {
            throw new InvalidOperationException(
                $"Grain interface {grainInterface.FullName} is implemented by several grain classes ({string.Join(", ", classes.Select(c => c.FullName))}); give each its own interface.");
        }

        return Info(classes[0]);
    }

    public GrainClassInfo? ForTypeName(string typeName) =>
        _classesByTypeName.TryGetValue(typeName, out var grainClass) ? Info(grainClass) : null;

    private GrainClassInfo Info(Type grainClass) => _infos.GetOrAdd(grainClass, GrainClassInfo.Create);

    private static bool IsApplicationGrainInterface(Type type) =>
        typeof(IGrain).IsAssignableFrom(type)
        && type != typeof(IGrain)
        && type != typeof(IGrainWithStringKey)
        && type != typeof(IGrainWithGuidKey)
        && type != typeof(IGrainWithIntegerKey)
        && type != typeof(IRemindable);
}
