using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Domain.Tests.Acknowledgements;

public sealed class AcknowledgementTests
{
    private static readonly ContactDetails Everything = new("ann@example.org", "+44 20 7946 0000", "1 High St");

    public static TheoryData<Channel, ContactDetails, ContactMethod[], bool> Plans => new()
    {
        { Channel.Phone, Everything, [ContactMethod.Verbal], true },
        { Channel.Visit, new ContactDetails(), [ContactMethod.Verbal], true },
        { Channel.Email, Everything, [ContactMethod.Email], false },
        { Channel.Voicemail, Everything, [ContactMethod.CallBack], false },
        { Channel.WebTicket, Everything, [ContactMethod.TicketReply], false },
        { Channel.PostalMail, Everything, [ContactMethod.Phone, ContactMethod.Post, ContactMethod.Email], false },
        { Channel.PostalMail, new ContactDetails(PostalAddress: "1 High St"), [ContactMethod.Post], false },
        { Channel.PostalMail, new ContactDetails(Email: "ann@example.org"), [ContactMethod.Email], false },
        { Channel.PostalMail, new ContactDetails(), [], false },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Acknowledgement_method_follows_the_channel_and_contact_details(Channel channel, ContactDetails contact, ContactMethod[] methods, bool duringContact)
    {
        var plan = AcknowledgementPlanner.Plan(channel, contact);

        Assert.Equal(methods, plan.Methods.ToArray());
        Assert.Equal((duringContact, methods.Length > 0), (plan.DuringContact, plan.IsPossible));
    }

    [Theory]
    [InlineData(ContactMethod.Email, "ack-email@r1")]
    [InlineData(ContactMethod.Post, "ack-letter@r1")]
    [InlineData(ContactMethod.TicketReply, "ack-ticket@r1")]
    [InlineData(ContactMethod.Verbal, "ack-verbal@r1")]
    [InlineData(ContactMethod.Phone, "ack-phone@r1")]
    [InlineData(ContactMethod.CallBack, "ack-call-back@r1")]
    public void Every_method_has_a_default_template(ContactMethod method, string reference)
    {
        Assert.Equal(reference, AcknowledgementTemplateCatalog.WithDefaults().For(method, CaseKind.Complaint)?.Reference);
    }

    [Fact]
    public void Template_renders_all_placeholders_in_the_calendar_time_zone()
    {
        var values = new AcknowledgementValues("Ann Smith", "C-1001", "the Billing department", Instant.FromUtc(2025, 7, 1, 16, 0));

        var rendered = TemplateRenderer.Render(DefaultTemplates.Email, values, DateTimeZoneProviders.Tzdb["Europe/London"]);

        Assert.Equal("We have received your message [C-1001]", rendered.Subject);
        Assert.Equal(
            "Dear Ann Smith,\n\n" +
            "Thank you for contacting Asivado. We have received your message and registered it as case C-1001.\n" +
            "Your case has been referred to the Billing department, who will respond by Tuesday 1 July 2025 at 17:00 BST.\n" +
            "If we cannot give you a full response by then, we will let you know and give you the date by which you can expect one.\n\n" +
            "Please quote C-1001 in any reply.\n\n" +
            "Asivado Customer Service",
            rendered.Body);
        Assert.Equal(("ack-email", ContactMethod.Email), (rendered.TemplateId, rendered.Method));
    }

    [Fact]
    public void Dates_render_in_the_given_zone()
    {
        var instant = Instant.FromUtc(2025, 1, 14, 22, 30);

        Assert.Equal("Tuesday 14 January 2025 at 17:30 EST", TemplateRenderer.FormatDate(instant, DateTimeZoneProviders.Tzdb["America/New_York"]));
        Assert.Equal("Tuesday 14 January 2025 at 22:30 GMT", TemplateRenderer.FormatDate(instant, DateTimeZoneProviders.Tzdb["Europe/London"]));
    }

    [Fact]
    public void Unknown_placeholder_is_rejected_when_the_template_is_created()
    {
        var error = Assert.Throws<ArgumentException>(() => new AcknowledgementTemplate("t", ContactMethod.Email, "Hi {customerName}", "Your age is {age}"));

        Assert.Equal("body", error.ParamName);
        Assert.Contains("{age}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_value_names_the_field()
    {
        var values = new AcknowledgementValues("Ann", "C-1", " ", Instant.FromUtc(2025, 1, 1, 0, 0));

        var error = Assert.Throws<ArgumentException>(() => TemplateRenderer.Render(DefaultTemplates.Letter, values, DateTimeZone.Utc));

        Assert.Equal("referredTo", error.ParamName);
    }
}
