using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases;

/// <summary>
/// POST /api/cases: a contact taken in on any channel. <see cref="ReceivedAt"/> is for postal mail and imports
/// (default: now). Unknown fields are rejected, so nothing beyond these can be collected.
/// </summary>
public sealed record CreateCaseRequest(
    Channel? Channel,
    CaseKind? Kind,
    string? DepartmentId,
    CustomerRequest? Customer,
    string? Subject,
    string? Description,
    Instant? ReceivedAt)
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, ReceivedAtWindow receivedWindow)
    {
        errors.RequireDefined("channel", Channel);
        errors.RequireDefined("kind", Kind);
        errors.RequireKnownDepartment("departmentId", DepartmentId, directory);
        if (Customer is null)
        {
            errors.Add("customer", "is required");
        }
        else
        {
            errors.RequireText("customer.name", Customer.Name, FieldRules.MaxNameLength, TextLayout.SingleLine);
            errors.OptionalEmail("customer.email", Customer.Email);
            errors.OptionalPhone("customer.phone", Customer.Phone);
            errors.OptionalText("customer.postalAddress", Customer.PostalAddress, IntakeRules.MaxPostalAddressLength, TextLayout.MultiLine);
            if (Channel is { } channel)
            {
                errors.RequireReplyRoute(channel, Contact(Customer), "customer.email", "customer.phone", "customer.postalAddress");
            }
        }

        errors.RequireText("subject", Subject, IntakeRules.MaxSubjectLength, TextLayout.SingleLine);
        errors.RequireText("description", Description, IntakeRules.MaxDescriptionLength, TextLayout.MultiLine);
        errors.ReceivedWithin("receivedAt", ReceivedAt, receivedWindow);
    }

    /// <summary>Only after <see cref="Validate"/> found nothing.</summary>
    public CaseIntake ToIntake() =>
        new(Channel!.Value, Kind!.Value, DepartmentId!, new CustomerDetails(Customer!.Name!, Contact(Customer)), Subject!, Description!, ReceivedAt);

    /// <summary>The case grain names intake fields by <see cref="CaseIntake"/>'s shape ("customer.contact.email"); the body is flatter.</summary>
    public static string FieldFromIntake(string field) =>
        field.StartsWith("customer.contact.", StringComparison.Ordinal) ? "customer." + field["customer.contact.".Length..] : field;

    private static ContactDetails Contact(CustomerRequest customer) => new(customer.Email, customer.Phone, customer.PostalAddress);
}
