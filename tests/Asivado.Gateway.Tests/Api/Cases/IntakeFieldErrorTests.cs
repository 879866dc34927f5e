using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

/// <summary>What a newcomer meets first at intake (issue 16): each refusal says what the field takes.</summary>
public sealed class IntakeFieldErrorTests
{
    [Theory]
    [InlineData("kind", "Feedback", "must be one of Complaint, Question, RequestForService, Praise, ConstructiveCriticism")]
    [InlineData("channel", "E-mail", "must be one of Phone, Visit, Email, PostalMail, Voicemail, WebTicket")]
    [InlineData("channel", 3, "must be one of Phone, Visit, Email, PostalMail, Voicemail, WebTicket")]
    [InlineData("channel", "Email, Phone", "must be one of Phone, Visit, Email, PostalMail, Voicemail, WebTicket")]
    public async Task An_unknown_enum_name_is_answered_with_the_allowed_names(string field, object value, string message)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases", Body(field, JsonValue.Create(value))).ExpectValidationProblemAsync(field);

        Assert.Equal(message, errors[field]![0].Text());
    }

    [Fact]
    public async Task Enum_names_are_read_case_insensitively_and_answered_in_their_own_case()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var created = await client.PostRawAsync("/api/cases", Body("channel", "email", ("kind", "constructivecriticism"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Email", created["channel"].Text());
        Assert.Equal("ConstructiveCriticism", created["kind"].Text());
    }

    [Theory]
    [InlineData("2026-01-05T10:00:00+05:30", "2026-01-05T04:30:00Z")]
    [InlineData("2026-01-04T20:15:00-04:00", "2026-01-05T00:15:00Z")]
    [InlineData("2026-01-05T07:59:59.5Z", "2026-01-05T07:59:59.5Z")]
    public async Task Received_at_takes_an_iso_instant_with_z_or_an_offset(string sent, string stored)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var created = await client.PostRawAsync("/api/cases", Body("receivedAt", sent)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(stored, created["receivedAt"].Text());
    }

    [Theory]
    [InlineData("1990-06-01T09:00:00Z", "must be within the last 90 days (not before 2025-10-07T08:00:00Z)")]
    [InlineData("2025-10-07T07:59:59Z", "must be within the last 90 days (not before 2025-10-07T08:00:00Z)")]
    [InlineData("9999-12-31T00:00:00Z", "must not be in the future (at most 1 minute ahead of the server clock)")]
    [InlineData("2026-01-05T08:01:01Z", "must not be in the future (at most 1 minute ahead of the server clock)")]
    [InlineData("-0001-01-01T00:00:00Z", "must be within the last 90 days (not before 2025-10-07T08:00:00Z)")]
    [InlineData("yesterday", "must be an ISO-8601 instant with Z or an offset, like \"2026-01-05T09:30:00Z\" or \"2026-01-05T15:00:00+05:30\"")]
    [InlineData("2026-01-05 08:00", "must be an ISO-8601 instant with Z or an offset, like \"2026-01-05T09:30:00Z\" or \"2026-01-05T15:00:00+05:30\"")]
    public async Task Received_at_outside_the_documented_window_is_refused_with_the_limit(string sent, string message)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases", Body("receivedAt", sent)).ExpectValidationProblemAsync("receivedAt");

        Assert.Equal(message, errors["receivedAt"]![0].Text());
    }

    [Fact]
    public async Task The_received_at_window_is_configurable()
    {
        await using var api = new GatewayApiFactory().WithSetting("Intake:ReceivedAt:MaxAge", "7.00:00:00");
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases", Body("receivedAt", "2025-12-28T07:00:00Z")).ExpectValidationProblemAsync("receivedAt");
        await client.PostRawAsync("/api/cases", Body("receivedAt", "2025-12-30T07:00:00Z")).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("must be within the last 7 days (not before 2025-12-29T08:00:00Z)", errors["receivedAt"]![0].Text());
    }

    [Fact]
    public async Task A_max_age_of_zero_stops_the_start()
    {
        await using var api = new GatewayApiFactory().WithSetting("Intake:ReceivedAt:MaxAge", "00:00:00");

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("Intake:ReceivedAt:MaxAge must be positive and at most 366 days.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_voicemail_received_at_follows_the_same_window()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var body = """{"departmentId":"billing","callerName":"Jane","callerNumber":"+44 20 7946 0000","receivedAt":"1990-06-01T09:00:00+01:00"}""";

        var errors = await client.PostRawAsync("/api/voicemails", body).ExpectValidationProblemAsync("receivedAt");

        Assert.Equal("must be within the last 90 days (not before 2025-10-07T08:00:00Z)", errors["receivedAt"]![0].Text());
    }

    /// <summary>An e-mail question with <paramref name="field"/> set to <paramref name="value"/> (and any others).</summary>
    internal static string Body(string field, JsonNode? value, params (string Field, JsonNode? Value)[] others)
    {
        var body = JsonSerializerNode(Intakes.Email());
        body[field] = value;
        foreach (var (name, other) in others)
        {
            body[name] = other;
        }

        return body.ToJsonString();
    }

    private static JsonObject JsonSerializerNode(object body) =>
        System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
}
