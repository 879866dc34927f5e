namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>Intake bodies for POST /api/cases, as a client would send them.</summary>
public static class Intakes
{
    public static object Email(string departmentId = "billing", string kind = "Question", string subject = "Invoice query") => new
    {
        channel = "Email",
        kind,
        departmentId,
        customer = new { name = "Jane Doe", email = "jane@example.com" },
        subject,
        description = "Why was I charged twice in December?",
    };

    /// <summary>A body for each channel with the contact details that channel needs.</summary>
    public static object ForChannel(string channel) => new
    {
        channel,
        kind = "Complaint",
        departmentId = "billing",
        customer = new { name = "Jane Doe", email = "jane@example.com", phone = "+44 20 7946 0000", postalAddress = "1 High Street, London" },
        subject = "Service complaint",
        description = "The engineer did not arrive.",
    };
}
