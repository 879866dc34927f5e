using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// The acknowledgement as recorded with the case: how and when, whom it named as the case's owner or department
/// (<see cref="ReferredTo"/>, with their ids), the response date it promised, and the message given. The extra fields
/// are null only on acknowledgements recorded before they were kept.
/// </summary>
/// <param name="ExpectedResponseAt">The live response deadline at the acknowledgement, or the committed referral date.</param>
public sealed record AcknowledgementRecord(
    Instant At,
    ContactMethod Method,
    string? ReferredTo = null,
    string? OwnerId = null,
    string? ReferredDepartmentId = null,
    Instant? ExpectedResponseAt = null,
    AcknowledgementMessage? Message = null)
{
    public static AcknowledgementRecord From(CaseAcknowledgement acknowledgement) => new(acknowledgement.At, acknowledgement.Method);

    public CaseAcknowledgement Fact => new(At, Method);
}

/// <summary>
/// The rendered message (<see cref="Template"/> is the template revision, "ack-email@r1"). It addresses the customer
/// by name, so it is a contact detail: shown only to those who may see the customer (<see cref="Access.ContactAccess"/>).
/// A spoken acknowledgement has the script said and no subject.
/// </summary>
public sealed record AcknowledgementMessage(string Template, string? Subject, string? Body);
