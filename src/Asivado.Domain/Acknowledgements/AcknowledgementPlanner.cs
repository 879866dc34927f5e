using System.Collections.Immutable;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Acknowledgements;

/// <summary>The seed policy's acknowledgement method for each channel.</summary>
public static class AcknowledgementPlanner
{
    public static AcknowledgementPlan Plan(Channel channel, ContactDetails contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return channel switch
        {
            Channel.Phone or Channel.Visit => new(channel, [ContactMethod.Verbal], DuringContact: true),
            Channel.Email => new(channel, [ContactMethod.Email], DuringContact: false),
            Channel.Voicemail => new(channel, [ContactMethod.CallBack], DuringContact: false),
            Channel.WebTicket => new(channel, [ContactMethod.TicketReply], DuringContact: false),
            Channel.PostalMail => new(channel, PostalMethods(contact), DuringContact: false),
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
        };
    }

    // "via telephone, postal mail or e-mail, whichever is appropriate": the ones the details allow, in that order.
    private static ImmutableArray<ContactMethod> PostalMethods(ContactDetails contact)
    {
        var methods = ImmutableArray.CreateBuilder<ContactMethod>(3);
        if (contact.HasPhone)
        {
            methods.Add(ContactMethod.Phone);
        }

        if (contact.HasPostalAddress)
        {
            methods.Add(ContactMethod.Post);
        }

        if (contact.HasEmail)
        {
            methods.Add(ContactMethod.Email);
        }

        return methods.ToImmutable();
    }
}
