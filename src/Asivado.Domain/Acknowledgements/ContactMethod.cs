namespace Asivado.Domain.Acknowledgements;

/// <summary>How we tell the customer something (an acknowledgement, a new committed date).</summary>
public enum ContactMethod
{
    /// <summary>Spoken during the call or visit itself.</summary>
    Verbal = 1,
    Email,
    Phone,
    Post,

    /// <summary>A call back to the number the customer left.</summary>
    CallBack,

    /// <summary>A reply on the web ticket.</summary>
    TicketReply,
}
