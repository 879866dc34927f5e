using System.Reflection;
using Asivado.Grains.Runtime.Catalog;

namespace Asivado.Grains.Runtime.State;

/// <summary>Creates, per activation, the <see cref="IPersistentState{TState}"/> a grain constructor parameter asks for.</summary>
internal static class PersistentStateFactory
{
    private static readonly MethodInfo CreatorMethod = typeof(PersistentStateFactory).GetMethod(nameof(Creator), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <exception cref="InvalidOperationException">The parameter is not an IPersistentState&lt;T&gt;, or T has no public parameterless constructor.</exception>
    public static Func<ActivationData, IStateLoader> For(Type grainClass, ParameterInfo parameter, string stateName)
    {
        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new InvalidOperationException(
                $"Parameter '{parameter.Name}' of {grainClass.FullName} is marked [PersistentState] but is a {type.Name}, not an IPersistentState<T>.");
        }

        var stateType = type.GetGenericArguments()[0];
        if (!stateType.IsValueType && stateType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"State type {stateType.FullName} of parameter '{parameter.Name}' of {grainClass.FullName} needs a public parameterless constructor for its initial value.");
        }

        return (Func<ActivationData, IStateLoader>)CreatorMethod.MakeGenericMethod(stateType).Invoke(null, [stateName])!;
    }

    private static Func<ActivationData, IStateLoader> Creator<TState>(string stateName) =>
        activation => new PersistentState<TState>(activation, stateName, Activator.CreateInstance<TState>);
}
