using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

public sealed class CaseIntakeTests
{
    [Fact]
    public async Task An_email_intake_is_created_at_its_location_with_every_deadline_explained()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        using var response = await client.PostJsonAsync("/api/cases", Intakes.Email());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        var id = created["id"].Text();
        Assert.Matches("^C-260105-[0-9A-HJKMNP-TV-Z]{10}$", id);
        Assert.Equal($"/api/cases/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Email", created["channel"].Text());
        Assert.Equal("Question", created["kind"].Text());
        Assert.Equal("Received", created["status"].Text());
        Assert.Equal("2026-01-05T08:00:00Z", created["receivedAt"].Text());
        Assert.Equal(1, created["version"]!.GetValue<long>());

        var fetched = await client.GetJsonAsync($"/api/cases/{id}");
        Assert.Equal(id, fetched["id"].Text());
        var deadlines = fetched["deadlines"]!.AsArray();
        Assert.Equal(["acknowledge", "refer", "reply-written", "respond"], deadlines.Select(d => d!["targetId"].Text()).Order(StringComparer.Ordinal));
        var replyWritten = deadlines.Single(d => d!["targetId"].Text() == "reply-written")!;

        // Received before opening: two business hours from 09:00 London (UTC in January).
        Assert.Equal("2026-01-05T11:00:00Z", replyWritten["dueAt"].Text());
        Assert.Equal("Pending", replyWritten["state"].Text());
        Assert.Equal("BusinessTime", replyWritten["clock"].Text());
        Assert.Equal("2026-01-05T11:00:00Z", replyWritten["explanation"]!["dueAt"].Text());
        Assert.All(deadlines, d => Assert.NotNull(d!["explanation"]));
    }

    [Theory]
    [InlineData("Phone", new[] { "acknowledge", "refer", "respond" })]
    [InlineData("Visit", new[] { "acknowledge", "refer", "respond" })]
    [InlineData("Email", new[] { "acknowledge", "refer", "reply-written", "respond" })]
    [InlineData("PostalMail", new[] { "acknowledge", "refer", "respond" })]
    [InlineData("Voicemail", new[] { "acknowledge", "refer", "respond", "return-voicemail" })]
    [InlineData("WebTicket", new[] { "acknowledge", "refer", "reply-written", "respond" })]
    public async Task Every_channel_is_taken_in_with_its_own_targets(string channel, string[] targets)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var created = await client.PostJsonAsync("/api/cases", Intakes.ForChannel(channel)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(channel, created["channel"].Text());
        Assert.Equal(targets, created["deadlines"]!.AsArray().Select(d => d!["targetId"].Text()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_same_case_once()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        using var first = await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "intake-0001");
        using var retry = await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "intake-0001");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        var id = (await first.ReadJsonAsync())["id"].Text();
        Assert.Equal(id, (await retry.ReadJsonAsync())["id"].Text());
        Assert.Single((await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray());
        Assert.Equal(1, (await client.GetJsonAsync("/api/departments/billing"))["openCases"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_body_is_a_conflict()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/cases", Intakes.Email(subject: "First"), idempotencyKey: "intake-0002").ExpectAsync(HttpStatusCode.Created);

        var problem = await client.PostJsonAsync("/api/cases", Intakes.Email(subject: "Second"), idempotencyKey: "intake-0002").ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Conflict", problem["title"].Text());
        Assert.Equal(1, (await client.GetJsonAsync("/api/departments/billing"))["openCases"]!.GetValue<int>());
    }

    [Fact]
    public async Task Different_keys_open_different_cases()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var first = await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "key-a").ExpectAsync(HttpStatusCode.Created);
        var second = await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "key-b").ExpectAsync(HttpStatusCode.Created);

        Assert.NotEqual(first["id"].Text(), second["id"].Text());
    }

    [Theory]
    [InlineData("too-long")]
    [InlineData("not-ascii")]
    public async Task A_malformed_idempotency_key_is_refused_before_anything_is_taken_in(string variant)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var key = variant == "too-long" ? new string('k', 101) : "clé-0001";

        await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: key).ExpectValidationProblemAsync("Idempotency-Key");

        Assert.Equal(0, (await client.GetJsonAsync("/api/departments/billing"))["openCases"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_empty_intake_names_every_required_field()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostRawAsync("/api/cases", "{}").ExpectValidationProblemAsync("channel", "kind", "departmentId", "customer", "subject", "description");
    }

    public static TheoryData<string, string> BadIntakes => new()
    {
        { """{"channel":"Fax","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d"}""", "channel" },
        { """{"channel":1,"kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d"}""", "channel" },
        { """{"channel":"Phone","kind":"Question","departmentId":"nowhere","customer":{"name":"Jane"},"subject":"s","description":"d"}""", "departmentId" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":" "},"subject":"s","description":"d"}""", "customer.name" },
        { """{"channel":"Email","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d"}""", "customer.email" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane","email":"not-an-address"},"subject":"s","description":"d"}""", "customer.email" },
        { """{"channel":"Voicemail","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d"}""", "customer.phone" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane","phone":"call me"},"subject":"s","description":"d"}""", "customer.phone" },
        { """{"channel":"PostalMail","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d"}""", "customer.postalAddress" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d","receivedAt":"2026-01-05T08:02:00Z"}""", "receivedAt" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d","receivedAt":"yesterday"}""", "receivedAt" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"","description":"d"}""", "subject" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s"}""", "description" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d","age":42}""", "age" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane","gender":"female"},"subject":"s","description":"d"}""", "customer.gender" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d","gender":"female"}""", "gender" },
        { """{"channel":"Phone","kind":"Question","departmentId":"billing","customer":{"name":"Jane"},"subject":"s","description":"d","religion":"none"}""", "religion" },
        { """{"channel":"Phone","kind":"Question",""", "body" },
        { "not json at all", "body" },
    };

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public async Task A_bad_intake_names_the_field_and_takes_nothing_in(string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostRawAsync("/api/cases", body).ExpectValidationProblemAsync(field);

        var department = await client.GetJsonAsync("/api/departments/billing");
        Assert.Equal(0, department["openCases"]!.GetValue<int>());
        Assert.Equal(0, department["queueLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_subject_over_200_characters_is_refused()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostJsonAsync("/api/cases", Intakes.Email(subject: new string('s', 201))).ExpectValidationProblemAsync("subject");

        Assert.Equal("must be at most 200 characters", errors["subject"]![0].Text());
    }

    [Fact]
    public async Task A_body_over_64_KB_is_refused_as_too_large()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var body = new JsonObject
        {
            ["channel"] = "Phone",
            ["kind"] = "Question",
            ["departmentId"] = "billing",
            ["customer"] = new JsonObject { ["name"] = "Jane" },
            ["subject"] = "Large",
            ["description"] = new string('d', 70_000),
        };

        await client.PostRawAsync("/api/cases", body.ToJsonString()).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, (await client.GetJsonAsync("/api/departments/billing"))["openCases"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_missing_body_names_the_body()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent("", System.Text.Encoding.UTF8, "application/json") };

        await client.SendAsync(request).ExpectValidationProblemAsync("body");
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.GetAsync("/api/cases/C-260105-0000000000").ExpectProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync("/api/cases/C-260105-0000000000/history").ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
