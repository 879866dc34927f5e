namespace Asivado.Orleans.Deadlines.Table;

/// <summary>A pending deadline as the table holds it. <see cref="Hash"/> is the target's ring position (<c>GrainId.GetUniformHashCode()</c>).</summary>
public readonly record struct DeadlineEntry(GrainId Target, string Name, DateTimeOffset DueAt)
{
    public uint Hash => Target.GetUniformHashCode();
}
