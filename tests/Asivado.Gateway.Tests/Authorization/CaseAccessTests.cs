using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>
/// Role × action × ownership over the case endpoints. Cases: "queued" (billing, unassigned), "alice's" (billing,
/// assigned to alice), "support" (support, unassigned). A refused request leaves the case as it was.
/// </summary>
public sealed class CaseAccessTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    [Theory]
    [InlineData("alice", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("bob", HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("carl", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("lena", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("sam", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("maria", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("integration", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task Reading_a_case_and_its_history(string caller, HttpStatusCode queued, HttpStatusCode alices, HttpStatusCode support)
    {
        var queuedId = await gateway.OpenCaseAsync("billing");
        var alicesId = await gateway.OpenCaseAsync("billing", assigneeId: "alice");
        var supportId = await gateway.OpenCaseAsync("support");
        using var client = gateway.Api.ClientFor(caller);

        foreach (var (id, expected) in new[] { (queuedId, queued), (alicesId, alices), (supportId, support) })
        {
            await ExpectStatusAsync(client.GetAsync($"/api/cases/{id}"), expected);
            await ExpectStatusAsync(client.GetAsync($"/api/cases/{id}/history"), expected);
        }
    }

    public static TheoryData<string, string, string, object, HttpStatusCode> Actions => new()
    {
        // caller, case ("queued" | "alices" | "support"), action, body, expected
        { "alice", "alices", "acknowledge", new { method = "Email" }, HttpStatusCode.OK },
        { "alice", "queued", "pause", new { reason = "Waiting for the customer" }, HttpStatusCode.OK },
        // Allowed to her, refused by the acknowledgement rule: nobody owns the case yet, so it cannot name who.
        { "alice", "queued", "acknowledge", new { method = "Email" }, HttpStatusCode.Conflict },
        { "alice", "queued", "assign", new { agentId = "alice" }, HttpStatusCode.OK },
        { "alice", "queued", "assign", new { agentId = "bob" }, HttpStatusCode.Forbidden },
        { "alice", "queued", "refer", new { departmentId = "billing", ownerId = "bob" }, HttpStatusCode.Forbidden },
        { "alice", "queued", "refer", new { departmentId = "billing", ownerId = "alice" }, HttpStatusCode.OK },
        { "lena", "queued", "refer", new { departmentId = "billing", ownerId = "bob" }, HttpStatusCode.OK },
        { "alice", "alices", "reassign", new { agentId = "bob" }, HttpStatusCode.Forbidden },
        { "alice", "queued", "refer", new { departmentId = "support", ownerId = "carl", committedDueAt = "2026-01-09T12:00:00Z" }, HttpStatusCode.Forbidden },
        { "alice", "support", "acknowledge", new { method = "Email" }, HttpStatusCode.Forbidden },
        { "bob", "alices", "acknowledge", new { method = "Email" }, HttpStatusCode.Forbidden },
        { "bob", "alices", "pause", new { reason = "Waiting for the customer" }, HttpStatusCode.Forbidden },
        { "carl", "alices", "acknowledge", new { method = "Email" }, HttpStatusCode.Forbidden },
        { "lena", "alices", "reassign", new { agentId = "bob" }, HttpStatusCode.OK },
        { "lena", "alices", "acknowledge", new { method = "Email" }, HttpStatusCode.OK },
        { "lena", "queued", "refer", new { departmentId = "support", ownerId = "carl", committedDueAt = "2026-01-09T12:00:00Z" }, HttpStatusCode.OK },
        { "lena", "support", "assign", new { agentId = "carl" }, HttpStatusCode.Forbidden },
        { "sam", "alices", "reassign", new { agentId = "bob" }, HttpStatusCode.Forbidden },
        { "maria", "alices", "reassign", new { agentId = "bob" }, HttpStatusCode.OK },
        { "maria", "support", "assign", new { agentId = "carl" }, HttpStatusCode.OK },
        { "maria", "alices", "acknowledge", new { method = "Email" }, HttpStatusCode.Forbidden },
        { "admin", "support", "assign", new { agentId = "carl" }, HttpStatusCode.OK },
        { "integration", "queued", "acknowledge", new { method = "Email" }, HttpStatusCode.Forbidden },
        { "integration", "alices", "reassign", new { agentId = "bob" }, HttpStatusCode.Forbidden },
        { "none", "queued", "acknowledge", new { method = "Email" }, HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Acting_on_a_case(string caller, string which, string action, object body, HttpStatusCode expected)
    {
        var id = which switch
        {
            "queued" => await gateway.OpenCaseAsync("billing"),
            "alices" => await gateway.OpenCaseAsync("billing", assigneeId: "alice"),
            _ => await gateway.OpenCaseAsync("support"),
        };
        var before = await gateway.SnapshotAsync(id);
        using var client = gateway.Api.ClientFor(caller);

        await ExpectStatusAsync(client.PostJsonAsync($"/api/cases/{id}/{action}", body), expected);

        var after = await gateway.SnapshotAsync(id);
        if (expected == HttpStatusCode.OK)
        {
            // A referral out also records the committed owner's assignment: the first new entry is the caller's.
            Assert.True(after.Version > before.Version);
            var entry = (await gateway.GetAsAdminAsync($"/api/cases/{id}/history")).AsArray()[before.History]!;
            Assert.Equal(action, entry["action"].Text());
            Assert.Equal(caller == "admin" ? TestTokens.AdminId : caller, entry["actorId"].Text());
        }
        else
        {
            Assert.Equal(before, after);
        }
    }

    [Fact]
    public async Task A_refused_request_is_problem_details()
    {
        var id = await gateway.OpenCaseAsync("support");
        using var agent = gateway.Api.ClientFor("alice");
        using var anonymous = gateway.Api.ClientFor("none");

        var forbidden = await agent.GetAsync($"/api/cases/{id}").ExpectProblemAsync(HttpStatusCode.Forbidden);
        await anonymous.GetAsync($"/api/cases/{id}").ExpectProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal($"You may not see case '{id}'.", forbidden["detail"].Text());
    }

    private static async Task ExpectStatusAsync(Task<HttpResponseMessage> request, HttpStatusCode expected)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
    }
}
