using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>Requests and responses as raw JSON, so the tests see the wire format (camelCase, enum names, ISO instants).</summary>
public static class ApiCalls
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body, string? idempotencyKey = null) =>
        client.SendJsonAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body, Web), idempotencyKey);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.SendJsonAsync(HttpMethod.Put, path, JsonSerializer.Serialize(body, Web));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string json, string? idempotencyKey = null) =>
        client.SendJsonAsync(HttpMethod.Post, path, json, idempotencyKey);

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string json, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("The response body is JSON null.");

    /// <summary>Asserts the status and returns the body.</summary>
    public static async Task<JsonNode> ExpectAsync(this Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} {status}, got {(int)response.StatusCode} {response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a 400 validation problem whose errors name exactly <paramref name="fields"/>.</summary>
    public static async Task<JsonObject> ExpectValidationProblemAsync(this Task<HttpResponseMessage> request, params string[] fields)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        return errors;
    }

    /// <summary>Asserts a problem details response with the status.</summary>
    public static async Task<JsonNode> ExpectProblemAsync(this Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        return problem;
    }

    public static Task<JsonNode> GetJsonAsync(this HttpClient client, string path) =>
        client.GetAsync(path).ExpectAsync(HttpStatusCode.OK);

    public static string Text(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("Missing JSON string.");
}
