namespace Asivado.Orleans.Persistence.Collections;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentDictionary{TValue}"/> with the collection's name.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentDictionaryAttribute(string name) : Attribute, IFacetMetadata
{
    public string Name { get; } = name;
}
