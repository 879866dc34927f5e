using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Asivado.Console.Tests.Support;
using Asivado.Domain.Escalation;
using Asivado.Gateway.Hubs;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// The console page in a real browser against the gateway on Kestrel. Time on the server is virtual: the tests
/// advance it; the page's expectations auto-wait for what the server then pushes (no sleeps).
/// </summary>
public sealed partial class AgentConsoleTests(Chromium chromium) : IClassFixture<Chromium>
{
    /// <summary>The SignalR client's negotiate request, which each (re)connect starts with.</summary>
    private const string NegotiateUrl = "**/hubs/console/negotiate**";

    [Fact]
    public async Task An_agent_sees_a_new_case_count_down_then_its_escalation_and_acknowledges_it()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await Expect(alice.Page.GetByTestId("no-cases")).ToBeVisibleAsync();
        await alice.SetPresenceAsync("Available");

        var caseId = await PostCaseAsync(host, "Refund for invoice 42");

        var row = alice.CaseRow(caseId);
        await Expect(row).ToContainTextAsync("Refund for invoice 42");
        await Expect(alice.Page.GetByTestId("no-cases")).ToBeHiddenAsync();
        var countdown = row.GetByTestId("countdown");
        await Expect(countdown).ToHaveTextAsync(CountdownPattern());
        var shown = await countdown.TextContentAsync();
        await Expect(countdown).Not.ToHaveTextAsync(shown!);

        // The e-mail's reply-written target (2 business hours from the 09:00 opening) warns at 50 %: 10:00 UTC.
        await host.AdvanceAsync(TimeSpan.FromHours(2));
        var escalation = alice.Escalation(caseId).First;
        await Expect(escalation).ToHaveAttributeAsync("data-state", "open");
        await Expect(escalation).ToContainTextAsync("Warning 50%");
        await escalation.GetByTestId("acknowledge-button").ClickAsync();

        await Expect(escalation).ToHaveAttributeAsync("data-state", "acknowledged");
        await Expect(escalation.GetByTestId("acknowledged")).ToHaveTextAsync("Acknowledged");
        var sequence = long.Parse((await escalation.GetAttributeAsync("data-sequence"))!, System.Globalization.CultureInfo.InvariantCulture);
        var agent = (await host.Grains.GetGrain<IAgentGrain>("alice").Get())!;
        Assert.DoesNotContain(agent.OpenEscalations, p => p.Sequence == sequence);
    }

    [Fact]
    public async Task A_lead_reassigns_from_the_case_detail_and_the_case_moves_between_consoles()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        await using var bob = await ConsolePage.SignInAsync(chromium, host, "bob");
        await alice.SetPresenceAsync("Available");
        var caseId = await PostCaseAsync(host, "Wrong tariff on the bill");
        await Expect(alice.CaseRow(caseId)).ToBeVisibleAsync();
        await Expect(bob.CaseRow(caseId)).ToHaveCountAsync(0);

        await using var lena = await ConsolePage.SignInAsync(chromium, host, "lena");
        await lena.Page.GetByTestId("team-refresh-button").ClickAsync();
        await lena.OpenCaseAsync(lena.TeamCase(caseId));
        var reassign = lena.Action("reassign");
        await reassign.GetByTestId("reassign-agent").SelectOptionAsync("bob");
        await reassign.GetByTestId("reassign-button").ClickAsync();

        await Expect(lena.Page.GetByTestId("action-status")).ToHaveTextAsync($"Case {caseId} is now with bob.");
        await Expect(lena.Detail.Locator("[data-fact='owner']")).ToHaveTextAsync("bob");
        await Expect(alice.CaseRow(caseId)).ToHaveCountAsync(0);
        await Expect(bob.CaseRow(caseId)).ToContainTextAsync("Wrong tariff on the bill");
        Assert.Equal("bob", (await host.Grains.GetGrain<ICaseGrain>(caseId).Get())!.AssigneeId);
    }

    [Fact]
    public async Task A_console_that_lost_its_connection_reconnects_and_shows_what_it_missed()
    {
        await using var host = new ConsoleTestHost();
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        var connections = host.Services.GetRequiredService<ConsoleConnections>();
        var dropped = WhenAgentHasNoConsoleAsync(connections, "alice");

        // The page's reconnects fail until the escalation is in place, so that it is missed whatever the timing.
        await alice.Page.RouteAsync(NegotiateUrl, route => route.AbortAsync());
        connections.ForAgent("alice").Single().Abort();
        await dropped;
        var missed = await host.Grains.GetGrain<IAgentGrain>("alice").Escalate(new EscalationNotice(
            ConsolePushKind.Escalation, "case-missed", null, "billing", "acknowledge", EscalationLevel.Breach, null, RecipientRole.Assignee,
            Instant.FromUtc(2026, 1, 6, 9, 0), Instant.FromUtc(2026, 1, 6, 9, 0), "Missed while the console was away."));

        Assert.True(missed.Succeeded);
        var escalation = alice.Escalation("case-missed");
        Assert.Empty(connections.ForAgent("alice"));
        await Expect(escalation).ToHaveCountAsync(0);
        await alice.Page.UnrouteAsync(NegotiateUrl);

        await Expect(escalation).ToHaveAttributeAsync("data-state", "open");
        await Expect(escalation).ToHaveAttributeAsync("data-sequence", missed.Value!.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(alice.Page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
        Assert.Single(connections.ForAgent("alice"));
    }

    [Fact]
    public async Task An_agent_sees_no_reassign_control_and_the_page_names_them()
    {
        await using var host = new ConsoleTestHost();
        await using var carl = await ConsolePage.SignInAsync(chromium, host, "carl");

        await Expect(carl.Page.GetByTestId("who")).ToHaveTextAsync("Signed in as Carl Clark (Agent, Support)");
        await Expect(carl.Page.GetByTestId("reassign-button")).ToBeHiddenAsync();
        await Expect(carl.Page.GetByTestId("queue-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_the_client_library_the_page_says_so()
    {
        await using var host = new ConsoleTestHost();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/lib/signalr/**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404 }));

        await page.GotoAsync(host.ConsolePage.ToString());

        await Expect(page.GetByTestId("library-missing")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("library-missing")).ToContainTextAsync("SignalR client library is missing");
        await Expect(page.GetByTestId("sign-in-button")).ToBeDisabledAsync();
    }

    [Fact]
    public void A_missing_chromium_fails_with_how_to_install_it()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Chromium.RequireInstalled("/nonexistent/chromium"));

        Assert.Equal(
            "Chromium is not installed at /nonexistent/chromium: run scripts/ensure-chromium.sh (it installs Debian's chromium with apt), then run the tests again.",
            exception.Message);
    }

    private static Task WhenAgentHasNoConsoleAsync(ConsoleConnections connections, string agentId)
    {
        var none = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (connections.ForAgent(agentId).Count == 0)
            {
                connections.SessionsChanged -= Check;
                none.TrySetResult();
            }
        }

        connections.SessionsChanged += Check;
        return none.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    private static async Task<string> PostCaseAsync(ConsoleTestHost host, string subject)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        // The API requires sign-in: take the contact in as the embedded default's documented demo integration.
        http.DefaultRequestHeaders.Add("X-Api-Key", "asivado-demo-integration-key");
        var response = await http.PostAsJsonAsync("/api/cases", new
        {
            channel = "Email",
            kind = "Question",
            departmentId = "billing",
            customer = new { name = "Test Customer", email = "customer@example.org" },
            subject,
            description = "The customer asks about their bill.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CreatedCase>();
        return created!.Id;
    }

    [GeneratedRegex(@"^\d+h \d\dm \d\ds$")]
    private static partial Regex CountdownPattern();

    private sealed record CreatedCase(string Id);
}
