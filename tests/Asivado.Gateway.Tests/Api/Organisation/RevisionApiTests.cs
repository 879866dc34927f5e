using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Organisation;

/// <summary>
/// POST /api/organisation/revisions publishes a revision (202 + the re-application job), GET .../reapplications/{id}
/// follows it, GET .../revisions shows the current one. Admins only; a refused publish changes nothing.
/// </summary>
public sealed class RevisionApiTests
{
    private const string LondonWithHoliday = """
        { "calendar": { "id": "london", "version": 2, "timeZone": "Europe/London",
            "weeklyHours": [ { "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "start": "09:00", "end": "17:00" } ],
            "holidays": [ { "date": "2026-01-09", "name": "Founders' Day" } ] } }
        """;

    [Fact]
    public async Task A_published_calendar_version_is_reapplied_to_the_open_cases_in_the_background()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var caseId = await client.OpenEmailCaseAsync();
        await api.AdvanceAsync(TimeSpan.FromHours(49)); // Wednesday 7 January, 09:00: 16 of the 56 respond hours used.

        using var response = await client.PostRawAsync("/api/organisation/revisions", LondonWithHoliday);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var published = await response.ReadJsonAsync();
        Assert.Equal(("london@v2", "Calendar", "reapply-1", 1L), (published["reference"].Text(), published["kind"].Text(), published["jobId"].Text(), published["number"]!.GetValue<long>()));
        Assert.Equal("/api/organisation/reapplications/reapply-1", response.Headers.Location?.OriginalString);
        await api.WhenIdleAsync();

        var job = await client.GetJsonAsync("/api/organisation/reapplications/reapply-1");
        Assert.Equal(("Completed", 1, 1, 1, 0), (job["status"].Text(), job["total"]!.GetValue<int>(), job["done"]!.GetValue<int>(), job["changed"]!.GetValue<int>(), job["failed"]!.GetValue<int>()));
        var respond = (await client.GetJsonAsync($"/api/cases/{caseId}"))["deadlines"]!.AsArray().Single(d => d!["targetId"].Text() == "respond")!;
        Assert.Equal("2026-01-14T17:00:00Z", respond["dueAt"].Text());
        var entry = (await client.GetJsonAsync($"/api/cases/{caseId}/history")).AsArray()
            .Single(h => h!["action"].Text() == "deadline-reapplied" && h["details"]!["targetId"].Text() == "respond")!;
        Assert.Equal(("2026-01-13T17:00:00Z", "2026-01-14T17:00:00Z", "1"), (entry["details"]!["oldDueAt"].Text(), entry["details"]!["newDueAt"].Text(), entry["details"]!["revision"].Text()));

        var current = await client.GetJsonAsync("/api/organisation/revisions");
        Assert.Equal(1, current["revision"]!.GetValue<long>());
        var billing = current["departments"]!.AsArray().Single(d => d!["departmentId"].Text() == "billing")!;
        Assert.Equal(("london", 2), (billing["calendar"]!["calendarId"].Text(), billing["calendar"]!["version"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("{}", "body")]
    [InlineData("""{ "calendar": { "id": "london", "version": 1, "timeZone": "Europe/London", "weeklyHours": [ { "days": ["Monday"], "start": "09:00", "end": "17:00" } ] } }""", "calendar.version")]
    [InlineData("""{ "calendar": { "id": "london", "version": 2, "timeZone": "Europe/Londres", "weeklyHours": [ { "days": ["Monday"], "start": "09:00", "end": "17:00" } ] } }""", "calendar.timeZone")]
    [InlineData("""{ "departmentOverride": { "departmentId": "nowhere", "policyId": "ancs-12356", "revision": 2, "targets": [] } }""", "departmentOverride.departmentId")]
    [InlineData("""{ "departmentOverride": { "departmentId": "billing", "policyId": "ancs-12356", "revision": 2, "targets": [ { "id": "return-voicemail", "clock": "Sundial" } ] } }""", "departmentOverride.targets[0].clock")]
    [InlineData("""{ "policy": { "id": "ancs-12356", "revision": 1, "metadata": { "title": "Hold" }, "targets": [ { "id": "hold", "title": "Hold", "budget": { "time": "PT1M" }, "clock": "WallClock", "channels": ["Phone"], "kinds": ["Complaint"] } ] } }""", "policy.revision")]
    [InlineData("""{ "policy": { "id": "ancs-12356", "revision": 2, "metadata": { "title": "Hold" }, "targets": [ { "id": "hold", "title": "Hold", "budget": { "time": "one minute" }, "clock": "WallClock", "channels": ["Phone"], "kinds": ["Complaint"] } ] } }""", "policy.targets[0].budget.time")]
    [InlineData("""{ "policy": {}, "calendar": {} }""", "body")]
    public async Task A_revision_that_fails_validation_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/organisation/revisions", body).ExpectValidationProblemAsync(field);

        Assert.NotEmpty(errors[field]![0].Text());
        var current = await client.GetJsonAsync("/api/organisation/revisions");
        Assert.Equal((0, 0), (current["revision"]!.GetValue<long>(), current["published"]!.AsArray().Count));
    }

    [Fact]
    public async Task An_unknown_department_in_an_override_is_refused_with_the_allowed_ones()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/organisation/revisions", """{ "departmentOverride": { "departmentId": "nowhere", "policyId": "ancs-12356", "revision": 2, "targets": [] } }""")
            .ExpectValidationProblemAsync("departmentOverride.departmentId");

        Assert.Equal("must be one of billing, support", errors["departmentOverride.departmentId"]![0].Text());
    }

    [Fact]
    public async Task An_unknown_job_is_not_found()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.GetAsync("/api/organisation/reapplications/reapply-7").ExpectProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync("/api/organisation/reapplications/anything").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("alice", "agent", "billing")]
    [InlineData("lena", "lead", "billing")]
    [InlineData("maria", "manager", null)]
    public async Task Only_an_admin_may_publish_or_follow_revisions(string subject, string role, string? departmentId)
    {
        await using var api = new GatewayApiFactory();
        using var caller = api.CreateClientAs(subject, role, departmentId);

        await caller.PostRawAsync("/api/organisation/revisions", LondonWithHoliday).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await caller.GetAsync("/api/organisation/revisions").ExpectProblemAsync(HttpStatusCode.Forbidden);
        await caller.GetAsync("/api/organisation/reapplications/reapply-1").ExpectProblemAsync(HttpStatusCode.Forbidden);

        using var admin = api.CreateClient();
        var current = await admin.GetJsonAsync("/api/organisation/revisions");
        Assert.Equal(0, current["revision"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_unsigned_caller_is_a_401()
    {
        await using var api = new GatewayApiFactory();
        using var anonymous = api.CreateAnonymousClient();

        using var publish = await anonymous.PostRawAsync("/api/organisation/revisions", LondonWithHoliday);
        using var read = await anonymous.GetAsync("/api/organisation/revisions");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (publish.StatusCode, read.StatusCode));
        using var admin = api.CreateClient();
        Assert.Equal(0, (await admin.GetJsonAsync("/api/organisation/revisions"))["revision"]!.GetValue<long>());
    }
}
