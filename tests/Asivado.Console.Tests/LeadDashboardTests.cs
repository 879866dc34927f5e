using Asivado.Console.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// A lead's "Department today" follows the department live: its people with presence and load, and the cases the
/// breach forecast expects to breach, which leave the list once an agent can take them. Agents do not get the panel.
/// </summary>
public sealed class LeadDashboardTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_lead_sees_a_case_nobody_can_take_at_risk_until_an_agent_becomes_available()
    {
        await using var host = new ConsoleTestHost();
        await using var lena = await ConsolePage.SignInAsync(chromium, host, "lena");
        await using var alice = await ConsolePage.SignInAsync(chromium, host, "alice");
        var today = lena.Page.GetByTestId("department-today");
        await Expect(today).ToBeVisibleAsync();
        await Expect(alice.Page.GetByTestId("department-today")).ToBeHiddenAsync();
        await Expect(lena.Page.GetByTestId("today-risk-empty")).ToBeVisibleAsync();

        // At 09:30, the department open, nobody is available: the case waits, and the forecast says it will breach.
        await host.AdvanceAsync(TimeSpan.FromMinutes(90));
        var caseId = await DemoIntegration.PostComplaintAsync(host, "Refund never arrived");
        var atRisk = lena.Page.Locator($"[data-testid='at-risk-case'][data-case-id='{caseId}']");
        await Expect(atRisk).ToContainTextAsync("no agent available");
        await Expect(lena.Page.GetByTestId("today-summary")).ToContainTextAsync("1 waiting in the queue");
        await lena.ScreenshotAsync("lead-department-today-at-risk");

        // Alice becomes available and gets the case: it is no longer at risk, and she shows with it in hand.
        await alice.SetPresenceAsync("Available");
        await Expect(alice.CaseRow(caseId)).ToBeVisibleAsync();

        // At most one queue notice a second: the one for the assignment comes when the virtual second is over.
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));
        await Expect(atRisk).ToHaveCountAsync(0);
        var aliceRow = lena.Page.Locator("[data-testid='today-agent'][data-agent-id='alice']");
        await Expect(aliceRow).ToContainTextAsync("Available");
        await Expect(aliceRow).ToContainTextAsync("1 of");
        await Expect(lena.Page.GetByTestId("today-summary")).ToContainTextAsync("0 waiting in the queue");
        await lena.ScreenshotAsync("lead-department-today");
    }
}
