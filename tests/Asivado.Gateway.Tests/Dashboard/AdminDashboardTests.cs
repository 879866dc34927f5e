using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Dashboard;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Dashboard;

/// <summary>The Orleans Dashboard under /admin/orleans: off by default; when on, for signed-in admins only.</summary>
public sealed class AdminDashboardTests
{
    private const string Page = AdminDashboard.Path + "/";
    private const string Counters = AdminDashboard.Path + "/DashboardCounters";

    [Fact]
    public async Task The_embedded_default_serves_no_dashboard()
    {
        await using var api = new GatewayApiFactory();
        using var admin = api.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(AdminDashboardSession.SessionPath, null)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_are_401()
    {
        await using var api = Enabled();
        using var anonymous = api.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Counters)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(AdminDashboardSession.SessionPath, null)).StatusCode);
    }

    [Theory]
    [InlineData("agent", "billing")]
    [InlineData("lead", "billing")]
    [InlineData("manager", null)]
    [InlineData("integration", null)]
    public async Task Anyone_but_an_admin_is_403(string role, string? departmentId)
    {
        await using var api = Enabled();
        using var client = api.CreateClientAs("someone", role, departmentId);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Counters)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(AdminDashboardSession.SessionPath, null)).StatusCode);
    }

    [Fact]
    public async Task An_admin_gets_the_page_and_the_silo_as_an_active_host()
    {
        await using var api = Enabled();
        using var admin = api.CreateClient();

        using var page = await admin.GetAsync(Page);
        var counters = await CountersWithHostsAsync(admin);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Active", Assert.Single(counters["hosts"]!.AsArray())!["status"]!.GetValue<string>());
    }

    /// <summary>The dashboard gathers the silo's statistics in the background: wait (bounded) for the first gathering.</summary>
    private static async Task<JsonNode> CountersWithHostsAsync(HttpClient admin)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var counters = JsonNode.Parse(await admin.GetStringAsync(Counters))!;
            if (counters["hosts"]?.AsArray().Count > 0 || patience.IsCancellationRequested)
            {
                return counters;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_session_gives_the_browser_an_http_only_strict_cookie_for_the_dashboard_path_only()
    {
        await using var api = Enabled();
        using var admin = api.CreateClient();

        using var response = await admin.PostAsync(AdminDashboardSession.SessionPath, null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith(AdminDashboardSession.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=" + AdminDashboard.Path, attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_session_cookie_alone_opens_the_dashboard_but_not_the_api()
    {
        await using var api = Enabled();
        var cookie = await OpenSessionAsync(api);
        using var browser = api.CreateAnonymousClient();
        browser.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Counters)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/departments/billing")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_carrying_a_non_admin_token_is_403_and_a_forged_one_401()
    {
        await using var api = Enabled();
        using var agentCookie = api.CreateAnonymousClient();
        agentCookie.DefaultRequestHeaders.Add("Cookie", $"{AdminDashboardSession.CookieName}={TestTokens.Issue(api, "alice", "agent", "billing")}");
        using var forged = api.CreateAnonymousClient();
        forged.DefaultRequestHeaders.Add("Cookie", $"{AdminDashboardSession.CookieName}=not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, (await agentCookie.GetAsync(Counters)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(Counters)).StatusCode);
    }

    [Fact]
    public async Task Closing_the_session_expires_the_cookie()
    {
        await using var api = Enabled();
        using var client = api.CreateAnonymousClient();

        using var response = await client.DeleteAsync(AdminDashboardSession.SessionPath);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(AdminDashboardSession.CookieName + "=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.Ordinal);
    }

    private static GatewayApiFactory Enabled() => new GatewayApiFactory().WithSetting(AdminDashboard.EnabledKey, "true");

    /// <returns>The "name=value" pair of the cookie an admin's session set.</returns>
    private static async Task<string> OpenSessionAsync(GatewayApiFactory api)
    {
        using var admin = api.CreateClient();
        using var response = await admin.PostAsync(AdminDashboardSession.SessionPath, null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }
}
