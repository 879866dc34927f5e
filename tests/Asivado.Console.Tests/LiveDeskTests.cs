using System.Net;
using System.Net.Http.Json;
using Asivado.Console.Tests.Support;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Telephony;
using Microsoft.Playwright;
using NodaTime.Text;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// The desk follows the server without a reload: a call taken from its alert is the agent's (and its alert leaves every
/// other console), an agent's department queue changes live, and "my cases" shows each case's next deadline as it is
/// now. Server time is virtual (Monday 2026-01-05 08:00 UTC); each step waits for what the page then shows.
/// </summary>
public sealed class LiveDeskTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Take_call_answers_the_call_for_the_agent_and_the_alert_leaves_every_other_console()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await using var bob = await ConsolePage.SignInAsync(chromium, host, "bob");
        await using var lena = await ConsolePage.SignInAsync(chromium, host, "lena");
        await alice.SetPresenceAsync("Available");
        await bob.SetPresenceAsync("Available");
        using var http = DemoIntegration.Client(host);
        var offered = await http.PostAsJsonAsync("/api/calls/call-9/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" });
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);

        // Three rings of 6 s unanswered: both available agents and the lead are alerted.
        await host.AdvanceAsync(TimeSpan.FromSeconds(19));
        foreach (var console in new[] { alice, bob, lena })
        {
            await Expect(console.CallAlert("call-9").GetByTestId("take-call-button")).ToBeVisibleAsync();
        }

        await Expect(alice.Page.GetByTestId("no-calls")).ToBeVisibleAsync();
        await alice.CallAlert("call-9").GetByTestId("take-call-button").ClickAsync();

        await Expect(alice.Page.GetByTestId("feed-status")).ToHaveTextAsync("You have call call-9: you are connected to the caller.");
        var held = alice.Page.Locator("[data-testid='my-call'][data-call-id='call-9']");
        await Expect(held).ToHaveAttributeAsync("data-status", "Connected");
        await Expect(held.GetByTestId("held-caller-number")).ToHaveTextAsync("Caller's number: +44 20 7946 0000");
        await Expect(alice.Page.GetByTestId("my-case")).ToHaveCountAsync(0);
        foreach (var console in new[] { alice, bob, lena })
        {
            await Expect(console.CallAlert("call-9")).ToHaveCountAsync(0);
        }

        await Expect(bob.Page.GetByTestId("unread-count")).ToHaveTextAsync("0");
        await alice.ScreenshotAsync("agent-holds-call");
        var call = (await host.Grains.GetGrain<ICallGrain>("call-9").Get())!;
        Assert.Equal((CallStatus.Connected, "alice"), (call.Status, call.AgentId));
        foreach (var person in new[] { "alice", "bob", "lena" })
        {
            Assert.Empty((await host.Grains.GetGrain<IAgentGrain>(person).Get())!.OpenEscalations);
        }
    }

    [Fact]
    public async Task An_agents_queue_shows_a_new_case_a_colleagues_claim_and_a_leads_assignment_without_a_reload()
    {
        await using var host = new ConsoleTestHost();

        // Nobody is available: new cases wait in the queue.
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await using var bob = await ConsolePage.SignInAsync(chromium, host, "bob");
        await Expect(alice.Page.GetByTestId("queue-empty")).ToBeVisibleAsync();

        var first = await DemoIntegration.PostComplaintAsync(host, "Meter reading ignored");
        await Expect(alice.QueueEntry(first)).ToContainTextAsync("Meter reading ignored");
        await alice.ScreenshotAsync("agent-live-queue");

        await bob.QueueEntry(first).GetByTestId("claim-button").ClickAsync();
        await Expect(bob.CaseRow(first)).ToBeVisibleAsync();

        // At most one queue notice a second: the claim's comes when the virtual second is over.
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));
        await Expect(alice.QueueEntry(first)).ToHaveCountAsync(0);

        var second = await DemoIntegration.PostComplaintAsync(host, "Refund not received");
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));
        await Expect(alice.QueueEntry(second)).ToBeVisibleAsync();
        await using var lena = await ConsolePage.SignInAsync(chromium, host, "lena");
        await lena.OpenCaseAsync(lena.TeamCase(second));
        await lena.Action("reassign").GetByTestId("reassign-agent").SelectOptionAsync("bob");
        await lena.Action("reassign").GetByTestId("reassign-button").ClickAsync();
        await Expect(lena.Page.GetByTestId("action-status")).ToHaveTextAsync($"Case {second} is now with bob.");

        await host.AdvanceAsync(TimeSpan.FromSeconds(1));
        await Expect(alice.QueueEntry(second)).ToHaveCountAsync(0);
        await Expect(alice.Page.GetByTestId("queue-empty")).ToBeVisibleAsync();
        Assert.Equal("bob", (await host.Grains.GetGrain<ICaseGrain>(second).Get())!.AssigneeId);
    }

    [Fact]
    public async Task My_cases_shows_the_next_deadline_the_case_has_after_each_action()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await alice.SetPresenceAsync("Available");
        var caseId = await DemoIntegration.PostComplaintAsync(host, "Direct debit doubled");
        var countdown = alice.CaseRow(caseId).GetByTestId("countdown");
        var first = await NextDueAsync(host, caseId);
        Assert.NotNull(first);
        await Expect(countdown).ToHaveAttributeAsync("data-due", first);

        await alice.OpenCaseAsync(alice.CaseRow(caseId));
        await alice.Action("pause").GetByTestId("pause-reason").FillAsync("Waiting for the customer's bank statement");
        await alice.Action("pause").GetByTestId("pause-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: pause. Case {caseId} is now InProgress (paused).");

        // Every clock of an e-mail case is business time: paused, none is pending.
        Assert.Null(await NextDueAsync(host, caseId));
        await Expect(countdown).ToHaveAttributeAsync("data-due", "");
        await Expect(countdown).ToHaveTextAsync("no deadline");
        await Expect(alice.CaseRow(caseId).Locator("td").Nth(3)).ToHaveTextAsync("—");

        await alice.Action("resume").GetByTestId("resume-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: resume. Case {caseId} is now InProgress.");
        var resumed = await NextDueAsync(host, caseId);
        Assert.NotNull(resumed);
        await Expect(countdown).ToHaveAttributeAsync("data-due", resumed);

        await alice.Action("acknowledge").GetByTestId("acknowledge-case-button").ClickAsync();
        await Expect(alice.Page.GetByTestId("action-status")).ToHaveTextAsync($"Done: acknowledge. Case {caseId} is now InProgress.");
        var acknowledged = await NextDueAsync(host, caseId);
        Assert.NotEqual(resumed, acknowledged);
        await Expect(countdown).ToHaveAttributeAsync("data-due", acknowledged ?? "");
        await alice.ScreenshotAsync("agent-my-cases-follow");
    }

    private static async Task<string?> NextDueAsync(ConsoleTestHost host, string caseId) =>
        (await host.Grains.GetGrain<ICaseGrain>(caseId).Get())!.NextDueAt is { } due ? InstantPattern.General.Format(due) : null;
}
