using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Asivado.Console.Tests.Support;
using Asivado.Domain.Cases;
using Asivado.Grains.Cases;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// The console as a working desk: a case worked from its detail through the HTTP API, urgency and unread alerts,
/// call alerts, accessibility. Server time is virtual (Monday 2026-01-05 08:00 UTC, an hour before the London
/// calendar opens); each test waits for what the page shows (no sleeps). Screenshots go to the test output.
/// </summary>
public sealed partial class CaseDeskTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string ViewerZone = "America/New_York";

    [Fact]
    public async Task An_agent_works_a_case_from_acknowledgement_to_the_customers_confirmation()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice", ViewerZone);
        await alice.SetPresenceAsync("Available");
        var caseId = await DemoIntegration.PostComplaintAsync(host, "Charged twice for January");
        await alice.OpenCaseAsync(alice.CaseRow(caseId));

        await Expect(alice.Page.GetByTestId("viewer-zone")).ToHaveTextAsync($"Times in your zone, {ViewerZone}");
        await Expect(alice.Detail.Locator("[data-fact='customer']")).ToHaveTextAsync("Test Customer, customer@example.org");
        await Expect(alice.Detail.Locator("[data-fact='status']")).ToHaveTextAsync("InProgress");
        var respond = alice.Deadline("respond");
        await Expect(respond.GetByTestId("deadline-explanation")).ToHaveTextAsync(
            "7 business days of 8 h (business time, Europe/London); counted from Mon 5 Jan 2026 09:00 GMT; skipped: weekend, hours outside opening times; due Tue 13 Jan 2026 17:00 GMT");
        await Expect(respond.Locator("td").Nth(1)).ToHaveTextAsync("Tue, 13 Jan 2026, 17:00 GMT (Europe/London)");
        await Expect(respond.Locator("td").Nth(2)).ToHaveTextAsync("Tue, 13 Jan 2026, 12:00 GMT-5");

        // E-mail is acknowledged by e-mail, with the standard message.
        var acknowledge = alice.Action("acknowledge");
        await Expect(acknowledge.GetByTestId("ack-method").Locator("option")).ToHaveTextAsync(["Email"]);
        await Expect(acknowledge.GetByTestId("ack-preview")).ToContainTextAsync($"We have received your message [{caseId}]");
        await Expect(acknowledge.GetByTestId("ack-preview")).ToContainTextAsync("Dear Test Customer,");
        await alice.ScreenshotAsync("agent-case-detail");
        await acknowledge.GetByTestId("acknowledge-case-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: acknowledge. Case {caseId} is now InProgress.");
        await Expect(acknowledge).ToBeHiddenAsync();
        await Expect(alice.Detail.Locator("[data-testid='history-entry'][data-action='acknowledge']")).ToContainTextAsync("acknowledge by alice (Agent)");
        var given = alice.Detail.Locator("[data-fact='acknowledgement']");
        await Expect(given).ToContainTextAsync("Email on ");
        await Expect(given).ToContainTextAsync("referred to Alice Adams (Billing), response by ");
        await Expect(given).ToContainTextAsync("Your case has been referred to Alice Adams (Billing), who will respond by Tuesday 13 January 2026 at 17:00 GMT.");

        // The API refuses the extension without a reason: the message stands beside the reason, nothing changed.
        var extend = alice.Action("extend");
        await extend.GetByTestId("extend-due").FillAsync("2026-01-20T12:00");
        await extend.GetByTestId("notice-at").FillAsync("2026-01-05T03:00");
        await extend.GetByTestId("notice-method").SelectOptionAsync("Email");
        await extend.GetByTestId("extend-button").ClickAsync();
        await Expect(extend.GetByTestId("error-reason")).ToHaveTextAsync("is required");
        await Expect(extend.GetByTestId("extend-reason")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(extend.GetByTestId("extend-reason")).ToBeFocusedAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync("Not done: extend. See the fields marked.");
        await alice.ScreenshotAsync("agent-field-refused");
        Assert.Empty((await host.Grains.GetGrain<ICaseGrain>(caseId).Get())!.Deadlines.Single(d => d.TargetId == "respond").Explanation.Extensions);

        await extend.GetByTestId("extend-reason").FillAsync("Waiting for the bank's statement");
        await extend.GetByTestId("extend-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: extend. Case {caseId} is now InProgress.");
        await Expect(extend.GetByTestId("error-reason")).ToBeHiddenAsync();
        await Expect(respond.GetByTestId("deadline-explanation")).ToContainTextAsync("7 business days of 8 h + 40 h by extension (business time, Europe/London)");
        await Expect(respond.GetByTestId("deadline-explanation")).ToContainTextAsync(
            "extended to Tue 20 Jan 2026 17:00 GMT (Waiting for the bank's statement; customer told by Email at Mon 5 Jan 2026 08:00 GMT); due Tue 20 Jan 2026 17:00 GMT");

        var resolve = alice.Action("resolve");
        await resolve.GetByTestId("resolve-resolution").FillAsync("Refunded the second charge.");
        await resolve.GetByTestId("resolve-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: resolve. Case {caseId} is now AwaitingConfirmation.");

        await alice.Action("confirm").GetByTestId("confirm-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: confirm. Case {caseId} is now Closed.");
        await Expect(alice.Action("reopen")).ToBeVisibleAsync();
        await Expect(alice.Action("confirm")).ToBeHiddenAsync();
        await alice.ScreenshotAsync("agent-case-closed");
        Assert.Equal(CaseStatus.Closed, (await host.Grains.GetGrain<ICaseGrain>(caseId).Get())!.Status);
    }

    [Fact]
    public async Task A_breach_turns_the_countdown_red_and_raises_the_unread_count()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await alice.SetPresenceAsync("Available");
        var caseId = await DemoIntegration.PostComplaintAsync(host, "Direct debit taken early");
        var countdown = alice.CaseRow(caseId).GetByTestId("countdown");
        var unread = alice.Page.GetByTestId("unread-count");
        await Expect(countdown).Not.ToHaveAttributeAsync("data-urgency", new Regex("."));
        await Expect(unread).ToHaveTextAsync("0");

        // reply-written: 2 business hours from the 09:00 opening; half used at 10:00.
        await host.AdvanceAsync(TimeSpan.FromHours(2));
        await Expect(countdown).ToHaveAttributeAsync("data-urgency", "50");
        await Expect(unread).ToHaveTextAsync("1");

        // 75 % at 10:30, 90 % at 10:48, breached at 11:00: four alerts, none read.
        await host.AdvanceAsync(TimeSpan.FromMinutes(61));
        await Expect(countdown).ToHaveAttributeAsync("data-urgency", "breached");
        await Expect(countdown).ToHaveCSSAsync("background-color", "rgb(180, 35, 24)");
        await Expect(countdown).ToContainTextAsync("(breached)");
        await Expect(unread).ToHaveTextAsync("4");
        await Expect(alice.Page.GetByTestId("unread-label")).ToHaveTextAsync("4 unread alerts");
        await Expect(alice.Page).ToHaveTitleAsync("(4) Asivado agent console");
        var breach = alice.Escalation(caseId).First;
        await Expect(breach).ToHaveAttributeAsync("data-level", "Breach");
        await Expect(breach.GetByTestId("fell-due")).ToHaveTextAsync(new Regex(@"^Fell due Mon, 5 Jan 2026, \d\d:00 .+; deadline Mon, 5 Jan 2026, \d\d:00 "));
        await alice.ScreenshotAsync("agent-breach");

        // Opening the case from the alert reads its alerts.
        await breach.GetByTestId("open-case-link").ClickAsync();
        await Expect(alice.Detail).ToHaveAttributeAsync("data-case-id", caseId);
        await Expect(unread).ToHaveTextAsync("0");
        await Expect(alice.Deadline("reply-written")).ToHaveAttributeAsync("data-state", "Breached");
    }

    [Fact]
    public async Task A_queued_case_shows_its_customer_only_once_the_agent_claims_it()
    {
        await using var host = new ConsoleTestHost();
        // Nobody is available: the case waits in the queue (an agent's queue is read when the console connects).
        var caseId = await DemoIntegration.PostComplaintAsync(host, "Bill sent to the wrong address");
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        var queued = alice.Page.Locator($"[data-testid='queue-entry'][data-case-id='{caseId}']");
        await alice.OpenCaseAsync(queued);

        await Expect(alice.Detail.Locator("[data-fact='customer']")).ToHaveTextAsync("Not shown to you (you do not work this case)");
        await Expect(alice.Detail.Locator("[data-fact='owner']")).ToHaveTextAsync("not assigned (in the queue)");
        await Expect(alice.Action("acknowledge").GetByTestId("ack-preview")).ToContainTextAsync("Not yet: an acknowledgement must name who it was referred to");
        await Expect(alice.Action("acknowledge").GetByTestId("ack-preview")).Not.ToContainTextAsync("Test Customer");

        await queued.GetByTestId("claim-button").ClickAsync();
        await Expect(alice.Detail.Locator("[data-fact='owner']")).ToHaveTextAsync("alice");
        await Expect(alice.Detail.Locator("[data-fact='customer']")).ToHaveTextAsync("Test Customer, customer@example.org");
        await Expect(alice.Action("acknowledge").GetByTestId("ack-preview")).ToContainTextAsync("Dear Test Customer,");
    }

    [Fact]
    public async Task A_call_alert_names_the_department_the_callers_number_as_allowed_and_the_wait_and_offers_take_call()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await using var lena = await ConsolePage.SignInAsync(chromium, host, "lena");
        await alice.SetPresenceAsync("Available");
        using var http = DemoIntegration.Client(host);
        var offered = await http.PostAsJsonAsync("/api/calls/call-7/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" });
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);

        // Three rings of 6 s unanswered.
        await host.AdvanceAsync(TimeSpan.FromSeconds(19));
        var aliceAlert = alice.CallAlert("call-7");
        var lenaAlert = lena.CallAlert("call-7");
        await Expect(aliceAlert).ToContainTextAsync("Call waiting at Billing");
        await Expect(aliceAlert.GetByTestId("caller-number")).ToHaveTextAsync("Caller's number: not shown to you");
        await Expect(lenaAlert.GetByTestId("caller-number")).ToHaveTextAsync("Caller's number: +44 20 7946 0000");
        await Expect(aliceAlert.GetByTestId("waiting")).ToHaveTextAsync(new Regex(@"^Waiting \d+ s$"));
        await Expect(aliceAlert.GetByTestId("take-call-button")).ToBeVisibleAsync();
        await alice.ScreenshotAsync("agent-call-alert");
    }

    [Fact]
    public async Task The_console_is_used_by_keyboard_and_has_no_serious_accessibility_violations()
    {
        await using var host = new ConsoleTestHost();
        await using var lena = await ConsolePage.SignInAsync(chromium, host, "lena");
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await alice.SetPresenceAsync("Available");
        var caseId = await DemoIntegration.PostComplaintAsync(host, "Cannot read the new bill");
        await host.AdvanceAsync(TimeSpan.FromHours(2));
        await Expect(alice.Escalation(caseId).First).ToHaveAttributeAsync("data-state", "open");

        // Keyboard only: open the case, acknowledge it.
        await alice.CaseRow(caseId).GetByTestId("open-case").FocusAsync();
        await alice.Page.Keyboard.PressAsync("Enter");
        await Expect(alice.Detail).ToBeFocusedAsync();
        await Expect(alice.Page.GetByTestId("case-load-status")).ToContainTextAsync($"Case {caseId}: ");
        await alice.Action("acknowledge").GetByTestId("acknowledge-case-button").FocusAsync();
        await alice.Page.Keyboard.PressAsync("Enter");
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: acknowledge. Case {caseId} is now InProgress.");

        await lena.Page.GetByTestId("team-refresh-button").ClickAsync();
        await lena.OpenCaseAsync(lena.TeamCase(caseId));
        await lena.ScreenshotAsync("lead-case-detail");
        foreach (var page in new[] { alice, lena })
        {
            var results = await page.Page.RunAxe();
            var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious));
        }
    }
}
