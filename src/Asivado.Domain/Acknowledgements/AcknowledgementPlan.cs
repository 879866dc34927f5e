using System.Collections.Immutable;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// How a contact must be acknowledged. <see cref="Methods"/> lists the allowed methods, preferred first;
/// it is empty only when the contact details allow none (a postal letter without any return details).
/// <see cref="DuringContact"/>: given verbally in the call or visit itself.
/// </summary>
public sealed record AcknowledgementPlan(Channel Channel, ImmutableArray<ContactMethod> Methods, bool DuringContact)
{
    public bool IsPossible => !Methods.IsEmpty;
}
