using Asivado.Console.Tests.Support;
using Asivado.Durability.Gateway;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// The console page in Chromium while the gateway, a process of its own, is killed with SIGKILL and started again on
/// the same port: once reconnected the page shows the server's truth (presence, open alerts, new alerts), never an
/// alert as acknowledged that nobody acknowledged. Each wait is for the page's state, bounded generously for a
/// restart on a busy machine.
/// </summary>
public sealed class ConsoleRestartTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string SigningKey = "QXNpdmFkbyByZXN0YXJ0IHRlc3Qga2V5IC0gMzIgYnl0ZXMhIQ==";
    private const string NegotiateUrl = "**/hubs/console/negotiate**";
    private static readonly LocatorAssertionsToHaveTextOptions AfterRestart = new() { Timeout = 60_000 };

    [Fact]
    public async Task After_a_restart_of_the_embedded_default_the_page_drops_the_lost_stream_and_hears_new_alerts()
    {
        await using var gateway = await RestartableGateway.StartAsync(connectionString: "", SigningKey);
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, gateway);
        await SetPresenceAsync(page, "Available");
        await gateway.OfferCallAsync("call-1");
        await Expect(CallAlert(page, "call-1")).ToHaveAttributeAsync("data-state", "open");

        await gateway.KillAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Reconnecting…");
        await gateway.RestartAsync();

        // The in-memory state went with the process: the agent is Offline and call-1 is nobody's alert any more.
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected", AfterRestart);
        await Expect(page.GetByTestId("presence-select")).ToHaveValueAsync("Offline");
        await Expect(CallAlert(page, "call-1")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("acknowledged")).ToHaveCountAsync(0);

        await SetPresenceAsync(page, "Available");
        await gateway.OfferCallAsync("call-2");
        await Expect(CallAlert(page, "call-2")).ToHaveAttributeAsync("data-state", "open");
        await context.DisposeAsync();
    }

    [Fact]
    public async Task After_a_kill_on_postgresql_the_page_shows_the_presence_set_meanwhile_the_open_alert_and_new_ones()
    {
        await using var database = await ScratchDatabase.CreateAsync(TestPostgres(), "console_restart");
        var tokens = new AccessTokens();
        await using var gateway = await RestartableGateway.StartAsync(database.ConnectionString, tokens.SigningKey);
        var token = tokens.Create(RestartableGateway.AgentId, "agent", TimeSpan.FromHours(1));
        var context = await chromium.Browser.NewContextAsync();
        var page = await OpenWithSessionAsync(context, gateway, token);
        await SetPresenceAsync(page, "Available");
        await gateway.OfferCallAsync("call-1");
        await Expect(CallAlert(page, "call-1")).ToHaveAttributeAsync("data-state", "open");

        await gateway.KillAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Reconnecting…");
        // The page stays away while the restarted server's state changes.
        await page.RouteAsync(NegotiateUrl, route => route.AbortAsync());
        await gateway.RestartAsync();
        await gateway.SetPresenceAsync(RestartableGateway.AgentId, "Busy", token);
        await page.UnrouteAsync(NegotiateUrl);

        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected", AfterRestart);
        await Expect(page.GetByTestId("presence-select")).ToHaveValueAsync("Busy");
        await Expect(CallAlert(page, "call-1")).ToHaveAttributeAsync("data-state", "open");

        await SetPresenceAsync(page, "Available");
        await gateway.OfferCallAsync("call-2");
        await Expect(CallAlert(page, "call-2")).ToHaveAttributeAsync("data-state", "open");
        await Expect(CallAlert(page, "call-1")).ToHaveAttributeAsync("data-state", "open");
        await context.DisposeAsync();
    }

    [Fact]
    public async Task A_call_still_ringing_when_the_host_is_killed_alerts_after_the_restart_on_postgresql()
    {
        await using var database = await ScratchDatabase.CreateAsync(TestPostgres(), "console_ringing");
        var tokens = new AccessTokens();
        await using var gateway = await RestartableGateway.StartAsync(database.ConnectionString, tokens.SigningKey);
        var context = await chromium.Browser.NewContextAsync();
        var page = await OpenWithSessionAsync(context, gateway, tokens.Create(RestartableGateway.AgentId, "agent", TimeSpan.FromHours(1)));
        await SetPresenceAsync(page, "Available");

        // Due 3 s after the offer; the kill follows the offer's answer at once.
        await gateway.OfferCallAsync("call-1");
        await gateway.KillAsync();
        await gateway.RestartAsync();

        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected", AfterRestart);
        await Expect(CallAlert(page, "call-1")).ToHaveAttributeAsync("data-state", "open");
        await context.DisposeAsync();
    }

    private static string TestPostgres() => Environment.GetEnvironmentVariable("ASIVADO_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set ASIVADO_TEST_POSTGRES (scripts/ensure-postgres.sh prints it).");

    /// <summary>No demo sign-in on PostgreSQL: the page starts with a session an identity provider would have given it.</summary>
    private static async Task<IPage> OpenWithSessionAsync(IBrowserContext context, RestartableGateway gateway, string token)
    {
        await context.AddInitScriptAsync($$"""
            sessionStorage.setItem("asivado.console.session", JSON.stringify({
              accessToken: "{{token}}", personId: "{{RestartableGateway.AgentId}}", role: "Agent", departmentId: "intake" }));
            """);
        var page = await context.NewPageAsync();
        await page.GotoAsync(gateway.ConsolePage.ToString());
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
        return page;
    }

    private static ILocator CallAlert(IPage page, string callId) => page.Locator($"[data-testid='call-alert'][data-call-id='{callId}']");

    private static async Task SignInAsync(IPage page, RestartableGateway gateway)
    {
        await page.GotoAsync(gateway.ConsolePage.ToString());
        await page.GetByTestId("sign-in-person").SelectOptionAsync(RestartableGateway.AgentId);
        await page.GetByTestId("sign-in-button").ClickAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
    }

    private static async Task SetPresenceAsync(IPage page, string presence)
    {
        await page.GetByTestId("presence-select").SelectOptionAsync(presence);
        await Expect(page.GetByTestId("presence-status")).ToHaveTextAsync($"Presence set to {presence}.");
    }
}
