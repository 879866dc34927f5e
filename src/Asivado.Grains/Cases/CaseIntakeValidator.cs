using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// Checks an intake before a case is opened; the first problem found is returned with its camelCase field.
/// The contact details must allow the reply the channel calls for: an e-mail address for e-mail, a phone
/// number for voicemail (it is returned by a call), and for a letter any way back (phone, post or e-mail).
/// </summary>
internal static class CaseIntakeValidator
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 50;
    public const int MaxPostalAddressLength = 1_000;
    public const int MaxCallIdLength = 200;

    /// <summary>How far ahead of the grain's clock a receivedAt may be (clock skew); it then counts as now.</summary>
    public static readonly Duration FutureTolerance = Duration.FromMinutes(1);

    public static GrainError? Validate(CaseIntake intake, IOrganisationDirectory directory, Instant now)
    {
        if (string.IsNullOrWhiteSpace(intake.DepartmentId) || directory.FindDepartment(intake.DepartmentId) is null)
        {
            return GrainError.Invalid("departmentId", $"'{intake.DepartmentId}' is not a department.");
        }

        if (!Enum.IsDefined(intake.Channel))
        {
            return GrainError.Invalid("channel", $"'{intake.Channel}' is not a channel.");
        }

        if (!Enum.IsDefined(intake.Kind))
        {
            return GrainError.Invalid("kind", $"'{intake.Kind}' is not a case kind.");
        }

        return Text(intake.Subject, "subject", MaxSubjectLength)
            ?? Text(intake.Description, "description", MaxDescriptionLength)
            ?? (intake.ReceivedAt > now + FutureTolerance ? GrainError.Invalid("receivedAt", "must not be in the future.") : null)
            ?? Optional(intake.CallId, "callId", MaxCallIdLength)
            ?? Customer(intake.Channel, intake.Customer);
    }

    private static GrainError? Customer(Channel channel, CustomerDetails? customer)
    {
        if (customer is null)
        {
            return GrainError.Invalid("customer", "is required.");
        }

        var contact = customer.Contact ?? new ContactDetails();
        var invalid = Text(customer.Name, "customer.name", MaxNameLength)
            ?? Optional(contact.Email, "customer.contact.email", MaxEmailLength)
            ?? Optional(contact.Phone, "customer.contact.phone", MaxPhoneLength)
            ?? Optional(contact.PostalAddress, "customer.contact.postalAddress", MaxPostalAddressLength);
        if (invalid is not null)
        {
            return invalid;
        }

        return channel switch
        {
            Channel.Email when !contact.HasEmail =>
                GrainError.Invalid("customer.contact.email", "an e-mail case needs the address to reply to."),
            Channel.Voicemail when !contact.HasPhone =>
                GrainError.Invalid("customer.contact.phone", "a voicemail is returned by a call: the number is required."),
            Channel.PostalMail when !AcknowledgementPlanner.Plan(channel, contact).IsPossible =>
                GrainError.Invalid("customer.contact", "a letter needs a way to reply: a postal address, a phone number or an e-mail address."),
            _ => null,
        };
    }

    private static GrainError? Text(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? GrainError.Invalid(field, "is required.")
        : value.Length > maxLength ? GrainError.Invalid(field, $"must be at most {maxLength} characters.")
        : null;

    private static GrainError? Optional(string? value, string field, int maxLength) =>
        value is not null && value.Length > maxLength ? GrainError.Invalid(field, $"must be at most {maxLength} characters.") : null;
}
