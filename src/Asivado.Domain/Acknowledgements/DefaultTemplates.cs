namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// The standard acknowledgements: written ones (e-mail, postcard/letter, ticket reply) and the script for spoken ones
/// (verbally during the contact, a phone call, a call back), so that every acknowledgement says the same things.
/// </summary>
public static class DefaultTemplates
{
    private const string StandardBody =
        "Dear {customerName},\n\n" +
        "Thank you for contacting Asivado. We have received your message and registered it as case {caseReference}.\n" +
        "Your case has been referred to {referredTo}, who will respond by {expectedResponse}.\n" +
        "If we cannot give you a full response by then, we will let you know and give you the date by which you can expect one.\n\n" +
        "Please quote {caseReference} in any reply.\n\n" +
        "Asivado Customer Service";

    public static AcknowledgementTemplate Email { get; } =
        new("ack-email", ContactMethod.Email, "We have received your message [{caseReference}]", StandardBody);

    public static AcknowledgementTemplate Letter { get; } =
        new("ack-letter", ContactMethod.Post, "Case {caseReference}", StandardBody);

    public static AcknowledgementTemplate Ticket { get; } =
        new("ack-ticket", ContactMethod.TicketReply, "Case {caseReference} received", StandardBody);

    private const string SpokenScript =
        "Thank you, {customerName}. Your case reference is {caseReference}. " +
        "It has been referred to {referredTo}, who will respond by {expectedResponse}. " +
        "If we cannot give you a full response by then, we will tell you and give you a new date.";

    public static AcknowledgementTemplate Verbal { get; } = new("ack-verbal", ContactMethod.Verbal, "", SpokenScript);

    public static AcknowledgementTemplate Phone { get; } = new("ack-phone", ContactMethod.Phone, "", SpokenScript);

    public static AcknowledgementTemplate CallBack { get; } = new("ack-call-back", ContactMethod.CallBack, "", SpokenScript);

    public static IReadOnlyList<AcknowledgementTemplate> All => [Email, Letter, Ticket, Verbal, Phone, CallBack];
}
