using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// Checks an intake before a case is opened; the first problem found is returned with its camelCase field. The
/// rules are the domain's (<see cref="IntakeLimits"/>, <see cref="PhoneNumbers"/>, <see cref="EmailAddresses"/>,
/// <see cref="ReplyRoutes"/>): the gateway applies the same ones first.
/// </summary>
internal static class CaseIntakeValidator
{
    /// <summary>How far ahead of the grain's clock a receivedAt may be (clock skew); it then counts as now.</summary>
    public static readonly Duration FutureTolerance = CaseTimeLimits.ClockSkew;

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

        return Text(intake.Subject, "subject", IntakeLimits.MaxSubjectLength, TextLayout.SingleLine)
            ?? Text(intake.Description, "description", IntakeLimits.MaxDescriptionLength, TextLayout.MultiLine)
            ?? (intake.ReceivedAt > now + FutureTolerance ? GrainError.Invalid("receivedAt", "must not be in the future.") : null)
            ?? (intake.ReceivedAt is { } received && CaseTimeLimits.ReceivedAt(now) is var window && !window.Contains(received) ? GrainError.Invalid("receivedAt", window.Explain()) : null)
            ?? Optional(intake.CallId, "callId", IntakeLimits.MaxCallIdLength, TextLayout.SingleLine)
            ?? Customer(intake.Channel, intake.Customer);
    }

    private static GrainError? Customer(Channel channel, CustomerDetails? customer)
    {
        if (customer is null)
        {
            return GrainError.Invalid("customer", "is required.");
        }

        var contact = customer.Contact ?? new ContactDetails();
        var invalid = Text(customer.Name, "customer.name", IntakeLimits.MaxNameLength, TextLayout.SingleLine)
            ?? (contact.Email is { } email && !EmailAddresses.IsPlausible(email) ? GrainError.Invalid("customer.contact.email", "must be an e-mail address.") : null)
            ?? (contact.Phone is { } phone && !PhoneNumbers.IsPlausible(phone) ? GrainError.Invalid("customer.contact.phone", $"must be a phone number: {PhoneNumbers.Rule}.") : null)
            ?? Optional(contact.PostalAddress, "customer.contact.postalAddress", IntakeLimits.MaxPostalAddressLength, TextLayout.MultiLine);
        if (invalid is not null)
        {
            return invalid;
        }

        return ReplyRoutes.Missing(channel, contact) switch
        {
            MissingReplyRoute.Email => GrainError.Invalid("customer.contact.email", ReplyRoutes.Explain(MissingReplyRoute.Email)),
            MissingReplyRoute.Phone => GrainError.Invalid("customer.contact.phone", ReplyRoutes.Explain(MissingReplyRoute.Phone)),
            MissingReplyRoute.AnyWayBack => GrainError.Invalid("customer.contact", ReplyRoutes.Explain(MissingReplyRoute.AnyWayBack)),
            _ => null,
        };
    }

    private static GrainError? Text(string? value, string field, int maxLength, TextLayout layout) =>
        string.IsNullOrWhiteSpace(value) ? GrainError.Invalid(field, "is required.")
        : Optional(value, field, maxLength, layout);

    private static GrainError? Optional(string? value, string field, int maxLength, TextLayout layout) =>
        value is null ? null
        : value.Length > maxLength ? GrainError.Invalid(field, $"must be at most {maxLength} characters.")
        : FreeText.Problem(value, layout) is { } problem ? GrainError.Invalid(field, problem + ".")
        : null;
}
