namespace Asivado.Grains.Runtime.State;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentDictionary{TValue}"/>; the name keys the
/// collection in storage together with the grain id. Keep it stable, and distinct from the grain's state names.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentDictionaryAttribute : Attribute
{
    public PersistentDictionaryAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }
}
