using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Contacts;

/// <summary>The contact detail a reply on the channel cannot do without.</summary>
public enum MissingReplyRoute
{
    /// <summary>An e-mail case is replied to by e-mail.</summary>
    Email = 1,

    /// <summary>A voicemail is returned by a call.</summary>
    Phone,

    /// <summary>A letter is answered by post, phone or e-mail: one of them.</summary>
    AnyWayBack,
}

/// <summary>What the channel needs to reply on (seed policy): the one rule, turned into a field error by each edge.</summary>
public static class ReplyRoutes
{
    /// <returns>Null when the contact allows the reply the channel calls for.</returns>
    public static MissingReplyRoute? Missing(Channel channel, ContactDetails contact) => channel switch
    {
        Channel.Email when !contact.HasEmail => MissingReplyRoute.Email,
        Channel.Voicemail when !contact.HasPhone => MissingReplyRoute.Phone,
        Channel.PostalMail when !AcknowledgementPlanner.Plan(channel, contact).IsPossible => MissingReplyRoute.AnyWayBack,
        _ => null,
    };

    public static string Explain(MissingReplyRoute missing) => missing switch
    {
        MissingReplyRoute.Email => "is required for an e-mail contact (the reply goes there)",
        MissingReplyRoute.Phone => "is required to return a voicemail (it is returned by a call)",
        _ => "a postal address, e-mail address or phone number is required to reply to a letter",
    };
}
