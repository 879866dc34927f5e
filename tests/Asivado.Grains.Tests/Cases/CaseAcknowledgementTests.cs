using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Asivado.Grains.Tests.Support;
using Asivado.Testing.Organisation;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// The acknowledgement in the case grain's turn: the method checked against the channel, the owner or department and
/// the response date named (or a conflict naming what is missing), the rendered message stored with the case.
/// </summary>
public sealed class CaseAcknowledgementTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task An_acknowledgement_names_the_owner_and_the_response_deadline_and_is_stored_with_the_case()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9, 30));
        var assigned = await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        var view = await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));

        var respondBy = assigned.Deadline("respond").DueAt;
        Assert.Equal(Jan(13, 17), respondBy);
        var expected = new AcknowledgementRecord(
            Jan(5, 9, 30), ContactMethod.Email, "Alice Adams (Billing)", "alice", null, respondBy,
            new AcknowledgementMessage(
                "ack-email@r1",
                $"We have received your message [{CaseId}]",
                "Dear Ada Customer,\n\n" +
                $"Thank you for contacting Asivado. We have received your message and registered it as case {CaseId}.\n" +
                "Your case has been referred to Alice Adams (Billing), who will respond by Tuesday 13 January 2026 at 17:00 GMT.\n" +
                "If we cannot give you a full response by then, we will let you know and give you the date by which you can expect one.\n\n" +
                $"Please quote {CaseId} in any reply.\n\n" +
                "Asivado Customer Service"));
        Assert.Equal(expected, view.Acknowledgement);
        Assert.Equal(expected, (await host.Case(CaseId).Get())!.Acknowledgement);
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(
            ("acknowledge", "Alice Adams (Billing)", "alice", "2026-01-13T17:00:00Z", "ack-email@r1"),
            (entry.Action, entry.Details["referredTo"], entry.Details["ownerId"], entry.Details["expectedResponseAt"], entry.Details["template"]));
        Assert.DoesNotContain(entry.Details.Values, value => value.Contains("Ada Customer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_owner_it_names_the_department_referred_to_and_while_paused_the_committed_referral_date()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 10));
        Assert.True((await host.Case(CaseId).Refer(new CaseReferralRequest("billing", null, Jan(20, 12), null), Lena)).Succeeded);
        await host.ExecuteAsync(CaseId, new PauseCase(default, "waiting for the card statement"), Lena);

        var view = await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email), Lena);

        Assert.Equal(("Billing", null, "billing", Jan(20, 12)), (view.Acknowledgement!.ReferredTo, view.Acknowledgement.OwnerId, view.Acknowledgement.ReferredDepartmentId, view.Acknowledgement.ExpectedResponseAt));
        Assert.Contains("referred to Billing, who will respond by Tuesday 20 January 2026 at 12:00 GMT.", view.Acknowledgement.Message!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_with_no_owner_and_no_referral_is_not_acknowledged_and_nothing_changes()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        var before = (await host.Case(CaseId).Get())!;

        var result = await host.Case(CaseId).Execute(new AcknowledgeCase(default, ContactMethod.Email), Lena);

        Assert.Equal(GrainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(
            $"Cannot acknowledge case {CaseId}: an acknowledgement must name who it was referred to (the case has no owner and no referral: assign or refer it first).",
            result.Error!.Message);
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
    }

    [Fact]
    public async Task A_paused_case_referred_out_cannot_promise_a_date_and_nothing_changes()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 10));
        Assert.True((await host.Case(CaseId).Refer(new CaseReferralRequest("support", "carl", Jan(7, 12), null), Lena)).Succeeded);
        await host.ExecuteAsync(CaseId, new PauseCase(default, "waiting for the card statement"), Admin);
        var before = (await host.Case(CaseId).Get())!;

        var result = await host.Case(CaseId).Execute(new AcknowledgeCase(default, ContactMethod.Email), Admin);

        Assert.Equal(GrainErrorKind.Conflict, result.Error?.Kind);
        Assert.EndsWith("an acknowledgement must name when to expect a response (no running response deadline and no committed referral date).", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
    }

    public static TheoryData<string, ContactMethod, string> WrongMethods => new()
    {
        { "phone", ContactMethod.Post, "must be Verbal for this case: a Phone contact is acknowledged verbally during the contact." },
        { "email", ContactMethod.Verbal, "must be Email for this case: an Email contact is acknowledged by e-mail." },
        { "letter", ContactMethod.Email, "must be Post for this case: a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave (Email needs an e-mail address on the case)." },
    };

    [Theory]
    [MemberData(nameof(WrongMethods))]
    public async Task A_method_the_channel_does_not_allow_is_refused_naming_method_and_nothing_changes(string channel, ContactMethod method, string message)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(channel switch
        {
            "phone" => Phone(),
            "email" => Email(),
            _ => Letter(Jan(5, 7)),
        });
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        var before = (await host.Case(CaseId).Get())!;

        var result = await host.Case(CaseId).Execute(new AcknowledgeCase(default, method), Alice);

        Assert.Equal((GrainErrorKind.InvalidArgument, "method", message), (result.Error?.Kind, result.Error?.Field, result.Error?.Message));
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
    }

    [Fact]
    public async Task The_organisations_newest_template_revision_and_language_are_used()
    {
        var organisation = TestOrganisation.Create();
        var templates = AcknowledgementTemplateCatalog.WithDefaults();
        templates.Publish(new AcknowledgementTemplate("ack-email", ContactMethod.Email, "Fall {caseReference}", "{referredTo} antwortet bis {expectedResponse}.", revision: 2));
        var directory = new OrganisationDirectory(
            organisation.Departments, organisation.People, organisation.Policies, organisation.Calendars,
            templates, new AcknowledgementLanguage("de-DE", "dddd, d. MMMM uuuu, HH:mm x"));
        await using var host = await GrainsTestHost.StartAsync(directory);
        await host.OpenAsync(Email());
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        var view = await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));

        Assert.Equal(
            new AcknowledgementMessage("ack-email@r2", $"Fall {CaseId}", "Alice Adams (Billing) antwortet bis Dienstag, 13. Januar 2026, 17:00 GMT."),
            view.Acknowledgement!.Message);
    }

    private static readonly Actor Admin = new("admin", ActorRole.Admin);
}
