using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Cases;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Voicemails;

/// <summary>
/// POST /api/voicemails: a message left for a department, opened as a voicemail case (default kind: Question).
/// The subject is always "Voicemail": personal data (the caller's name or number) never goes into a subject,
/// which queues and consoles show widely; the transcription is the description.
/// </summary>
public sealed record VoicemailRequest(
    string? DepartmentId,
    string? CallerName,
    string? CallerNumber,
    Instant? ReceivedAt,
    string? Transcription,
    CaseKind? Kind)
{
    public const string Subject = "Voicemail";
    public const string NoTranscription = "Voicemail without a transcription: listen to the recording.";

    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, ReceivedAtWindow receivedWindow)
    {
        errors.RequireKnownDepartment("departmentId", DepartmentId, directory);
        errors.RequireText("callerName", CallerName, FieldRules.MaxNameLength, TextLayout.SingleLine);
        errors.RequirePhone("callerNumber", CallerNumber);
        errors.ReceivedWithin("receivedAt", ReceivedAt, receivedWindow);
        errors.OptionalText("transcription", Transcription, IntakeRules.MaxDescriptionLength, TextLayout.MultiLine);
        if (Kind is not null)
        {
            errors.RequireDefined("kind", Kind);
        }
    }

    public CaseIntake ToIntake() =>
        new(
            Channel.Voicemail,
            Kind ?? CaseKind.Question,
            DepartmentId!,
            new CustomerDetails(CallerName!, new ContactDetails(Phone: CallerNumber)),
            Subject,
            Transcription ?? NoTranscription,
            ReceivedAt);

    /// <summary>The case grain names fields of the intake; this body names them differently.</summary>
    public static string FieldFromIntake(string field) => field switch
    {
        "customer.name" => "callerName",
        "customer.contact.phone" or "customer.phone" => "callerNumber",
        "description" => "transcription",
        _ => field,
    };
}
