using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;

namespace Asivado.Orleans.PostgreSql.Tests.Support;

/// <summary>Creates states with their parameterless constructors, as Orleans' default activator does for plain classes.</summary>
internal sealed class TestActivatorProvider : IActivatorProvider
{
    public IActivator<T> GetActivator<T>() => new Activator<T>();

    private sealed class Activator<T> : IActivator<T>
    {
        public T Create() => System.Activator.CreateInstance<T>();
    }
}
