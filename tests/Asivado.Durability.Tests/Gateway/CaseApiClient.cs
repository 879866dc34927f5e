using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Asivado.Durability.Gateway;

/// <summary>The gateway's case endpoints as an integration (a CTI or mail gateway) calls them.</summary>
public sealed class CaseApiClient(HttpClient http)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>POST /api/cases. Transport failures (the process is gone) throw <see cref="HttpRequestException"/>.</summary>
    public async Task<IntakeResponse> OpenAsync(string idempotencyKey, JsonObject body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases") { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new IntakeResponse(response.StatusCode, ParseObject(text), text);
    }

    /// <summary>GET /api/cases/{id}; null on 404.</summary>
    public Task<JsonElement?> GetCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        GetAsync($"api/cases/{Uri.EscapeDataString(caseId)}", cancellationToken);

    /// <summary>GET /api/cases/{id}/history; null on 404.</summary>
    public Task<JsonElement?> GetHistoryAsync(string caseId, CancellationToken cancellationToken = default) =>
        GetAsync($"api/cases/{Uri.EscapeDataString(caseId)}/history", cancellationToken);

    private async Task<JsonElement?> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static JsonElement? ParseObject(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>An answer to POST /api/cases: the status and, on success, the case (its "id" at least).</summary>
public sealed record IntakeResponse(HttpStatusCode Status, JsonElement? Body, string Text)
{
    public bool Created => Status == HttpStatusCode.Created;

    public string? CaseId =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
