using System.Net.Http.Json;
using Asivado.Console.Tests.Support;
using Asivado.Durability.Gateway;
using static Microsoft.Playwright.Assertions;

namespace Asivado.Console.Tests;

/// <summary>
/// The embedded default signs its tokens with a key of its own per process, so a restart signs everyone out: the page
/// says so in words ("Signed out: sign in again"), never with the server's raw answer, and leaves no countdown running.
/// </summary>
public sealed class ConsoleSignedOutTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string SignedOut = "Signed out: sign in again";
    private const string SessionKey = "asivado.console.session";

    [Fact]
    public async Task A_restart_with_a_new_signing_key_signs_the_open_page_out_and_a_reload_of_the_old_session_too()
    {
        await using var gateway = await RestartableGateway.StartAsync(connectionString: "", signingKey: null);
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(gateway.ConsolePage.ToString());
        await page.GetByTestId("sign-in-person").SelectOptionAsync(RestartableGateway.AgentId);
        await page.GetByTestId("sign-in-button").ClickAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Connected");
        await page.GetByTestId("presence-select").SelectOptionAsync("Available");
        await Expect(page.GetByTestId("presence-status")).ToHaveTextAsync("Presence set to Available.");
        var session = await page.EvaluateAsync<string>($"sessionStorage.getItem('{SessionKey}')");
        await PostCaseAsync(gateway, session);
        await Expect(page.GetByTestId("countdown").First).ToBeVisibleAsync();

        await gateway.KillAsync();
        await gateway.RestartAsync();

        await Expect(page.GetByTestId("error")).ToHaveTextAsync(SignedOut, new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("sign-in-button")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("countdown")).ToHaveCountAsync(0);

        // A tab that still holds the old session (reloaded while the server was away) is told the same, in words.
        var stale = await chromium.Browser.NewContextAsync();
        await stale.AddInitScriptAsync($"sessionStorage.setItem('{SessionKey}', {System.Text.Json.JsonSerializer.Serialize(session)});");
        var reloaded = await stale.NewPageAsync();
        await reloaded.GotoAsync(gateway.ConsolePage.ToString());
        await Expect(reloaded.GetByTestId("error")).ToHaveTextAsync(SignedOut);
        await Expect(reloaded.GetByTestId("sign-in-button")).ToBeVisibleAsync();
        await stale.DisposeAsync();
        await context.DisposeAsync();
    }

    private static async Task PostCaseAsync(RestartableGateway gateway, string session)
    {
        var token = System.Text.Json.JsonDocument.Parse(session).RootElement.GetProperty("accessToken").GetString();
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
        {
            Content = JsonContent.Create(new
            {
                channel = "Email",
                kind = "Complaint",
                departmentId = OrganisationFile.DepartmentId,
                customer = new { name = "Pat Doe", email = "pat@example.org" },
                subject = "Invoice",
                description = "Charged twice",
            }),
        };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Idempotency-Key", "signed-out-test");
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"case: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
