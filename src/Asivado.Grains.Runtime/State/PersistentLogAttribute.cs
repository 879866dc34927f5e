namespace Asivado.Grains.Runtime.State;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentLog{TEntry}"/>. <see cref="Name"/> keys the log in
/// storage with the grain id; <see cref="AttachedTo"/> names the grain's [PersistentState] whose writes carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentLogAttribute : Attribute
{
    public PersistentLogAttribute(string name, string attachedTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachedTo);
        Name = name;
        AttachedTo = attachedTo;
    }

    public string Name { get; }

    public string AttachedTo { get; }
}
