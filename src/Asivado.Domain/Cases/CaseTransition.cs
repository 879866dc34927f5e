using System.Diagnostics.CodeAnalysis;

namespace Asivado.Domain.Cases;

/// <summary>Either the new state or the reason the command was rejected (the old state is untouched).</summary>
public sealed record CaseTransition(CaseState? State, CaseTransitionError? Error)
{
    [MemberNotNullWhen(true, nameof(State))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static CaseTransition To(CaseState state) => new(state, null);

    public static CaseTransition Rejected(CaseTransitionError error) => new(null, error);
}
