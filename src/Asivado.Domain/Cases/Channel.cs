namespace Asivado.Domain.Cases;

/// <summary>How the customer reached us.</summary>
public enum Channel
{
    Phone = 1,
    Visit,
    Email,
    PostalMail,
    Voicemail,
    WebTicket,
}
