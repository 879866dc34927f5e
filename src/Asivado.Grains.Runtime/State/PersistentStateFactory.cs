using System.Reflection;
using Asivado.Grains.Runtime.Catalog;

namespace Asivado.Grains.Runtime.State;

/// <summary>
/// Creates, per activation, the <see cref="IPersistentState{TState}"/> or <see cref="IPersistentDictionary{TValue}"/>
/// a grain constructor parameter asks for.
/// </summary>
internal static class PersistentStateFactory
{
    private static readonly MethodInfo CreatorMethod = typeof(PersistentStateFactory).GetMethod(nameof(Creator), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo LogCreatorMethod = typeof(PersistentStateFactory).GetMethod(nameof(LogCreator), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DictionaryCreatorMethod = typeof(PersistentStateFactory).GetMethod(nameof(DictionaryCreator), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The loader factory for a [PersistentState] or [PersistentDictionary] parameter; null for any other parameter.</summary>
    public static Func<ActivationData, IStateLoader>? ForParameter(Type grainClass, ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
        {
            return For(grainClass, parameter, state.StateName);
        }

        if (parameter.GetCustomAttribute<PersistentLogAttribute>() is { } log)
        {
            return ForLog(grainClass, parameter, log);
        }

        return parameter.GetCustomAttribute<PersistentDictionaryAttribute>() is { } dictionary
            ? ForDictionary(grainClass, parameter, dictionary.Name)
            : null;
    }

    /// <exception cref="InvalidOperationException">The parameter is not an IPersistentLog&lt;T&gt;, or no [PersistentState] of the class has the name it is attached to.</exception>
    public static Func<ActivationData, IStateLoader> ForLog(Type grainClass, ParameterInfo parameter, PersistentLogAttribute log)
    {
        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentLog<>))
        {
            throw new InvalidOperationException(
                $"Parameter '{parameter.Name}' of {grainClass.FullName} is marked [PersistentLog] but is a {type.Name}, not an IPersistentLog<T>.");
        }

        var states = parameter.Member is MethodBase constructor
            ? constructor.GetParameters().Select(p => p.GetCustomAttribute<PersistentStateAttribute>()?.StateName).OfType<string>()
            : [];
        if (!states.Contains(log.AttachedTo, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"Parameter '{parameter.Name}' of {grainClass.FullName} is a log attached to state '{log.AttachedTo}', but the constructor has no [PersistentState(\"{log.AttachedTo}\")] parameter.");
        }

        return (Func<ActivationData, IStateLoader>)LogCreatorMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [log.Name, log.AttachedTo])!;
    }

    /// <summary>Attaches each log among <paramref name="loaders"/> to the state it names.</summary>
    public static void AttachLogs(IStateLoader[] loaders)
    {
        foreach (var log in loaders.OfType<IAttachedLog>())
        {
            loaders.OfType<IAttachableState>().First(state => state.StateName == log.AttachedTo).Attach(log);
        }
    }

    /// <exception cref="InvalidOperationException">The parameter is not an IPersistentDictionary&lt;T&gt;.</exception>
    public static Func<ActivationData, IStateLoader> ForDictionary(Type grainClass, ParameterInfo parameter, string name)
    {
        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentDictionary<>))
        {
            throw new InvalidOperationException(
                $"Parameter '{parameter.Name}' of {grainClass.FullName} is marked [PersistentDictionary] but is a {type.Name}, not an IPersistentDictionary<T>.");
        }

        return (Func<ActivationData, IStateLoader>)DictionaryCreatorMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [name])!;
    }

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

    private static Func<ActivationData, IStateLoader> DictionaryCreator<TValue>(string name) =>
        activation => new PersistentDictionary<TValue>(activation, name);

    private static Func<ActivationData, IStateLoader> LogCreator<TEntry>(string name, string attachedTo) =>
        activation => new PersistentLog<TEntry>(activation, name, attachedTo);
}
