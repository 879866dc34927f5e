using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests.Support;

/// <summary>One agent's console in its own browser context (its own session storage), driven by data-testid.</summary>
public sealed class ConsolePage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <param name="timeZone">The browser's zone (IANA id); Chromium's default when null.</param>
    public static async Task<ConsolePage> SignInAsync(Chromium chromium, ConsoleTestHost host, string personId, string? timeZone = null)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { TimezoneId = timeZone });
        var page = await context.NewPageAsync();
        var console = new ConsolePage(context, page);
        await page.GotoAsync(host.ConsolePage.ToString());
        await page.GetByTestId("sign-in-person").SelectOptionAsync(personId);
        await page.GetByTestId("sign-in-button").ClickAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
        return console;
    }

    public ILocator CaseRow(string caseId) => Page.Locator($"[data-testid='my-case'][data-case-id='{caseId}']");

    public ILocator QueueEntry(string caseId) => Page.Locator($"[data-testid='queue-entry'][data-case-id='{caseId}']");

    public ILocator Escalation(string caseId) => Page.Locator($"[data-testid='escalation'][data-case-id='{caseId}']");

    public ILocator CallAlert(string callId) => Page.Locator($"[data-testid='call-alert'][data-call-id='{callId}']");

    /// <summary>One deadline row of the case detail, by target id (respond, reply-written...).</summary>
    public ILocator Deadline(string targetId) => Detail.Locator($"[data-testid='case-deadline'][data-target-id='{targetId}']");

    public ILocator TeamCase(string caseId) => Page.Locator($"[data-testid='team-case'][data-case-id='{caseId}']");

    /// <summary>The case detail panel.</summary>
    public ILocator Detail => Page.GetByTestId("case-detail");

    /// <summary>One action's form in the case detail (acknowledge, extend, resolve, confirm, reassign...).</summary>
    public ILocator Action(string action) => Detail.GetByTestId($"action-{action}");

    /// <summary>Opens the case of a row (my cases, queue, team) with its case-id button; waits until the detail shows it.</summary>
    public async Task OpenCaseAsync(ILocator row)
    {
        var caseId = await row.GetAttributeAsync("data-case-id");
        await row.GetByTestId("open-case").ClickAsync();
        await Expect(Detail).ToHaveAttributeAsync("data-case-id", caseId!);
        await Expect(Page.GetByTestId("case-load-status")).ToContainTextAsync($"Case {caseId}: ");
    }

    public async Task SetPresenceAsync(string presence)
    {
        await Page.GetByTestId("presence-select").SelectOptionAsync(presence);
        await Expect(Page.GetByTestId("presence-status")).ToHaveTextAsync($"Presence set to {presence}.");
    }

    /// <summary>A full-page screenshot under the test output (bin/.../screenshots/), never in the repository.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
