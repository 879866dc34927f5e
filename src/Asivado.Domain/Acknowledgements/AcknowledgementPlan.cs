using System.Collections.Immutable;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// How a contact must be acknowledged. <see cref="Methods"/> lists the allowed methods, preferred first;
/// it is empty only when the contact details allow none (a postal letter without any return details).
/// <see cref="DuringContact"/>: given verbally in the call or visit itself.
/// </summary>
public sealed record AcknowledgementPlan(Channel Channel, ImmutableArray<ContactMethod> Methods, bool DuringContact)
{
    public bool IsPossible => !Methods.IsEmpty;

    public bool Allows(ContactMethod method) => Methods.Contains(method);

    /// <summary>Null when <paramref name="method"/> is allowed; otherwise why not, naming the allowed methods.</summary>
    public string? Refusal(ContactMethod method)
    {
        if (Allows(method))
        {
            return null;
        }

        var why = Channel switch
        {
            Channel.Phone or Channel.Visit => $"a {Channel} contact is acknowledged verbally during the contact",
            Channel.Email => "an Email contact is acknowledged by e-mail",
            Channel.PostalMail when !IsPossible => "a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave, and this case has none",
            Channel.PostalMail when method is ContactMethod.Phone or ContactMethod.Post or ContactMethod.Email =>
                $"a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave ({method} needs {Needs(method)})",
            Channel.PostalMail => "a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave",
            Channel.Voicemail => "a Voicemail is acknowledged by calling back",
            _ => "a WebTicket is acknowledged by a reply on the ticket",
        };
        var allowed = Methods.Length switch
        {
            0 => "cannot be given for this case",
            1 => $"must be {Methods[0]} for this case",
            _ => $"must be one of {string.Join(", ", Methods)} for this case",
        };
        return $"{allowed}: {why}";
    }

    private static string Needs(ContactMethod method) => method switch
    {
        ContactMethod.Phone => "a phone number on the case",
        ContactMethod.Post => "a postal address on the case",
        _ => "an e-mail address on the case",
    };
}
