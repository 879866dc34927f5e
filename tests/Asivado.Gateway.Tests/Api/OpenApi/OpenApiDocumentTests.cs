using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.OpenApi;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_lists_every_api_path_with_named_operations()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var document = await client.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject();
        string[] expected =
        [
            "/api/cases", "/api/cases/{id}", "/api/cases/{id}/history", "/api/cases/{id}/guide",
            "/api/cases/{id}/acknowledge", "/api/cases/{id}/refer", "/api/cases/{id}/assign", "/api/cases/{id}/reassign",
            "/api/cases/{id}/pause", "/api/cases/{id}/resume", "/api/cases/{id}/respond", "/api/cases/{id}/extend",
            "/api/cases/{id}/resolve", "/api/cases/{id}/decline", "/api/cases/{id}/confirm", "/api/cases/{id}/reopen",
            "/api/calls/{callId}", "/api/calls/{callId}/offered", "/api/calls/{callId}/answered", "/api/calls/{callId}/hold-started",
            "/api/calls/{callId}/hold-ended", "/api/calls/{callId}/transferred", "/api/calls/{callId}/ended",
            "/api/voicemails", "/api/departments/{id}", "/api/departments/{id}/queue",
            "/api/agents/{id}", "/api/agents/{id}/presence", "/api/agents/{id}/escalations/{sequence}/acknowledge", "/api/agents/{id}/pushes",
            "/api/reports/compliance", "/api/reports/feedback",
        ];
        Assert.All(expected, path => Assert.True(paths.ContainsKey(path), $"{path} is missing from the OpenAPI document."));

        var operations = paths.Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
            .ToList();
        Assert.All(operations, operation =>
        {
            Assert.False(string.IsNullOrEmpty(operation["operationId"]?.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(operation["summary"]?.GetValue<string>()));
        });
    }

    [Fact]
    public async Task Intake_declares_its_responses_and_the_instants_are_iso_strings()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var document = await client.GetJsonAsync("/openapi/v1.json");

        var create = document["paths"]!["/api/cases"]!["post"]!;
        Assert.Equal("CreateCase", create["operationId"].Text());
        Assert.Equal(["200", "201", "400", "401", "403", "409", "413"], create["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.NotNull(create["requestBody"]!["content"]!["application/json"]);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var receivedAt = Resolve(schemas, schemas["CaseView"]!["properties"]!["receivedAt"]!);
        Assert.Equal("date-time", receivedAt["format"].Text());
    }

    private static JsonNode Resolve(JsonObject schemas, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? schemas[reference["#/components/schemas/".Length..]]! : schema;
}
