using System.Collections.Immutable;
using Asivado.Domain.Acknowledgements;
using NodaTime;

namespace Asivado.Domain.Cases;

public sealed record CaseAcknowledgement(Instant At, ContactMethod Method);

public sealed record CaseReferral(Instant At, string DepartmentId);

public enum OutcomeKind
{
    Resolved = 1,
    Declined,
}

/// <summary>What was offered to the customer; a decline always carries its reasons.</summary>
public sealed record CaseOutcome(Instant At, OutcomeKind Kind, string Summary, ImmutableArray<string> DeclineReasons, bool OnFirstContact);
