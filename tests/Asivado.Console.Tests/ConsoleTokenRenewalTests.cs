using Asivado.Console.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// The server closes a hub connection when its token expires; the page renews its token before that
/// (POST /api/auth/refresh) and reconnects with the new one. The gateway runs as a process with 6 s tokens on the
/// real clock; the test waits for the page's renewals, the second of which comes after the first token expired.
/// </summary>
public sealed class ConsoleTokenRenewalTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string TokenScript = "() => JSON.parse(sessionStorage.getItem('asivado.console.session')).accessToken";

    [Fact]
    public async Task The_page_renews_its_token_and_stays_connected_after_the_first_token_expired()
    {
        await using var gateway = await RestartableGateway.StartAsync(connectionString: "", signingKey: null, tokenLifetime: TimeSpan.FromSeconds(6));
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(gateway.ConsolePage.ToString());
        await page.GetByTestId("sign-in-person").SelectOptionAsync(RestartableGateway.AgentId);
        await page.GetByTestId("sign-in-button").ClickAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
        var first = await page.EvaluateAsync<string>(TokenScript);

        var second = await NextTokenAsync(page, first);
        await NextTokenAsync(page, second);

        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
        await page.GetByTestId("presence-select").SelectOptionAsync("Busy");
        await Expect(page.GetByTestId("presence-status")).ToHaveTextAsync("Presence set to Busy.");
        await Expect(page.GetByTestId("error")).ToBeHiddenAsync();
        await context.DisposeAsync();
    }

    private static async Task<string> NextTokenAsync(IPage page, string current)
    {
        await page.WaitForFunctionAsync(
            $"current => ({TokenScript})() !== current", current, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return await page.EvaluateAsync<string>(TokenScript);
    }
}
