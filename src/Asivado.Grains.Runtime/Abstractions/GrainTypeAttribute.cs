namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>
/// Names a grain class's type in <see cref="Identity.GrainId.Type"/>, storage and reminder tables.
/// Without it the name is the class name without a trailing "Grain", in lower case ("CaseGrain" becomes "case").
/// Keep it stable: stored state and reminders are found by it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute : Attribute
{
    public GrainTypeAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }
}
