using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;

namespace Asivado.Domain.Tests.Acknowledgements;

/// <summary>The seed's table: phone and visit verbally during the contact, e-mail by e-mail, postal mail by phone, post or e-mail the customer gave.</summary>
public sealed class AcknowledgementMethodTests
{
    private static readonly ContactDetails Everything = new("ann@example.org", "+44 20 7946 0000", "1 High St");

    public static TheoryData<Channel, ContactMethod> AllowedPairs => new()
    {
        { Channel.Phone, ContactMethod.Verbal },
        { Channel.Visit, ContactMethod.Verbal },
        { Channel.Email, ContactMethod.Email },
        { Channel.PostalMail, ContactMethod.Phone },
        { Channel.PostalMail, ContactMethod.Post },
        { Channel.PostalMail, ContactMethod.Email },
        { Channel.Voicemail, ContactMethod.CallBack },
        { Channel.WebTicket, ContactMethod.TicketReply },
    };

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void The_seed_methods_are_allowed(Channel channel, ContactMethod method)
    {
        Assert.Null(AcknowledgementPlanner.Plan(channel, Everything).Refusal(method));
    }

    [Fact]
    public void Every_other_pair_is_refused_naming_the_allowed_methods()
    {
        var allowed = AllowedPairs.Select(row => ((Channel)row[0], (ContactMethod)row[1])).ToHashSet();
        var refused = 0;
        foreach (var channel in Enum.GetValues<Channel>())
        {
            var plan = AcknowledgementPlanner.Plan(channel, Everything);
            foreach (var method in Enum.GetValues<ContactMethod>().Where(m => !allowed.Contains((channel, m))))
            {
                var refusal = plan.Refusal(method);
                Assert.NotNull(refusal);
                Assert.StartsWith(plan.Methods.Length == 1 ? $"must be {plan.Methods[0]} for this case" : $"must be one of {string.Join(", ", plan.Methods)}", refusal);
                refused++;
            }
        }

        Assert.Equal((6 * 6) - 8, refused);
    }

    [Theory]
    [InlineData(ContactMethod.Post, null, "+44 20 7946 0000", null, "Phone", "Post needs a postal address on the case")]
    [InlineData(ContactMethod.Email, "1 High St", null, null, "Post", "Email needs an e-mail address on the case")]
    [InlineData(ContactMethod.Phone, null, null, "ann@example.org", "Email", "Phone needs a phone number on the case")]
    public void Postal_mail_is_acknowledged_only_by_a_route_the_customer_gave(
        ContactMethod method, string? address, string? phone, string? email, string allowed, string needs)
    {
        var plan = AcknowledgementPlanner.Plan(Channel.PostalMail, new ContactDetails(email, phone, address));

        Assert.Equal(
            $"must be {allowed} for this case: a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave ({needs})",
            plan.Refusal(method));
    }

    [Fact]
    public void A_letter_without_return_details_cannot_be_acknowledged()
    {
        var plan = AcknowledgementPlanner.Plan(Channel.PostalMail, new ContactDetails());

        Assert.Equal(
            "cannot be given for this case: a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave, and this case has none",
            plan.Refusal(ContactMethod.Post));
    }
}
