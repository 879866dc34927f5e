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
