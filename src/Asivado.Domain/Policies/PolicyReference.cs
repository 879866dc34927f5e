namespace Asivado.Domain.Policies;

/// <summary>Identifies the exact policy revision a deadline was computed with.</summary>
public sealed record PolicyReference(string PolicyId, int Revision)
{
    public override string ToString() => $"{PolicyId}@r{Revision}";
}
