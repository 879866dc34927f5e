using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Domain.Tests.Acknowledgements;

/// <summary>An acknowledgement names who the case was referred to and when to expect a response, from versioned templates.</summary>
public sealed class AcknowledgementPromiseTests
{
    private static readonly Instant Respond = Instant.FromUtc(2026, 1, 14, 17, 0);
    private static readonly Instant Committed = Instant.FromUtc(2026, 1, 20, 12, 0);

    [Fact]
    public void The_owner_is_named_before_the_department_and_the_live_response_deadline_before_the_committed_date()
    {
        var promise = AcknowledgementPromise.Make("Alice Adams (Billing)", "Support", Respond, Committed, out var missing);

        Assert.Null(missing);
        Assert.Equal(new AcknowledgementPromise("Alice Adams (Billing)", Respond), promise);
    }

    [Fact]
    public void Without_an_owner_the_department_referred_to_and_without_a_live_deadline_the_committed_date()
    {
        var promise = AcknowledgementPromise.Make(null, "Support", null, Committed, out var missing);

        Assert.Null(missing);
        Assert.Equal(new AcknowledgementPromise("Support", Committed), promise);
    }

    [Fact]
    public void No_owner_and_no_referral_is_named_as_missing()
    {
        Assert.Null(AcknowledgementPromise.Make(null, null, Respond, null, out var missing));
        Assert.Equal("an acknowledgement must name who it was referred to (the case has no owner and no referral: assign or refer it first)", missing);
    }

    [Fact]
    public void No_response_date_is_named_as_missing_too()
    {
        Assert.Null(AcknowledgementPromise.Make(null, null, null, null, out var missing));
        Assert.Equal(
            "an acknowledgement must name who it was referred to (the case has no owner and no referral: assign or refer it first)" +
            " and when to expect a response (no running response deadline and no committed referral date)",
            missing);
    }

    [Fact]
    public void A_newer_revision_supersedes_and_the_old_one_stays_readable()
    {
        var catalog = AcknowledgementTemplateCatalog.WithDefaults();
        var revised = catalog.Publish(new AcknowledgementTemplate("ack-email", ContactMethod.Email, "Case {caseReference}", "Hello {customerName}", revision: 2));

        Assert.Same(revised, catalog.For(ContactMethod.Email, CaseKind.Question));
        Assert.Same(DefaultTemplates.Email, catalog.Find("ack-email@r1"));
        var error = Assert.Throws<ArgumentException>(() => catalog.Publish(new AcknowledgementTemplate("ack-email", ContactMethod.Email, "", "x", revision: 2)));
        Assert.Equal("revision", error.ParamName);
    }

    [Fact]
    public void A_template_for_the_case_kind_is_preferred_over_the_general_one()
    {
        var catalog = AcknowledgementTemplateCatalog.WithDefaults();
        var complaints = catalog.Publish(new AcknowledgementTemplate("ack-email-complaint", ContactMethod.Email, "Your complaint {caseReference}", "We are sorry, {customerName}.", kinds: [CaseKind.Complaint]));

        Assert.Same(complaints, catalog.For(ContactMethod.Email, CaseKind.Complaint));
        Assert.Same(DefaultTemplates.Email, catalog.For(ContactMethod.Email, CaseKind.Question));
    }

    [Fact]
    public void The_date_is_written_in_the_organisations_language()
    {
        var german = new AcknowledgementLanguage("de-DE", "dddd, d. MMMM uuuu 'um' HH:mm x");
        var values = new AcknowledgementValues("Ann", "C-1", "Abrechnung", Instant.FromUtc(2026, 1, 14, 16, 0));
        var template = new AcknowledgementTemplate("ack-de", ContactMethod.Email, "Fall {caseReference}", "Antwort bis {expectedResponse}.");

        var rendered = TemplateRenderer.Render(template, values, DateTimeZoneProviders.Tzdb["Europe/Berlin"], german);

        Assert.Equal("Antwort bis Mittwoch, 14. Januar 2026 um 17:00 CET.", rendered.Body);
    }

    [Theory]
    [InlineData("xx-nowhere", "dddd", "language")]
    [InlineData("en-GB", "dddd 'unclosed", "dateFormat")]
    public void A_language_or_date_format_that_cannot_be_used_is_refused_naming_it(string language, string pattern, string field)
    {
        Assert.Equal(field, Assert.Throws<ArgumentException>(() => new AcknowledgementLanguage(language, pattern)).ParamName);
    }
}
