using Asivado.Domain.Acknowledgements;

namespace Asivado.Gateway.Api.Cases.Guide;

/// <summary>
/// What a person working a case needs beside the case itself (GET /api/cases/{id}/guide): the actions its state
/// allows now, how it may be acknowledged (with the standard message), and each deadline in plain words in the
/// zone of the department's calendar (<see cref="TimeZoneId"/>).
/// </summary>
public sealed record CaseGuide(
    string CaseId,
    string TimeZoneId,
    IReadOnlyList<string> AllowedActions,
    AcknowledgementGuide? Acknowledgement,
    IReadOnlyList<DeadlineGuide> Deadlines);

/// <summary>
/// The methods the channel allows (preferred first) and the message for each (a script for spoken ones); no messages
/// and <see cref="Missing"/> saying why while the case cannot name its owner or referral and its response date.
/// </summary>
public sealed record AcknowledgementGuide(IReadOnlyList<ContactMethod> Methods, bool DuringContact, IReadOnlyList<AcknowledgementPreview> Previews, string? Missing = null);

public sealed record AcknowledgementPreview(ContactMethod Method, string Subject, string Body);

/// <summary>One deadline's explanation in plain words (<see cref="Domain.Deadlines.DeadlineWording"/>).</summary>
public sealed record DeadlineGuide(string TargetId, string Title, string Explanation);
