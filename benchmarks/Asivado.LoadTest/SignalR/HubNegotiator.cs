using System.Net.Http.Headers;
using System.Text.Json;

namespace Asivado.LoadTest.SignalR;

/// <summary>The negotiate step (POST {hub}/negotiate?negotiateVersion=1): returns the connection token.</summary>
public static class HubNegotiator
{
    private static readonly HttpMessageInvoker SharedHttp = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    public static async Task<string> NegotiateAsync(HubConnectionOptions options, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, HubUrls.Negotiate(options.HubUrl));
        if (options.AccessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        }

        var http = options.Http ?? SharedHttp;
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HubNegotiationException($"Negotiate at {request.RequestUri} returned {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ReadConnectionToken(body);
    }

    /// <summary>Reads a negotiate response body; errors name what was wrong.</summary>
    public static string ReadConnectionToken(ReadOnlySpan<byte> body)
    {
        using var document = ParseObject(body);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            throw new HubNegotiationException($"Negotiate failed: {error}");
        }

        if (root.TryGetProperty("url", out _))
        {
            throw new HubNegotiationException("Negotiate redirected to another service (Azure SignalR); not supported by this client.");
        }

        if (root.TryGetProperty("connectionToken", out var token) && token.ValueKind == JsonValueKind.String)
        {
            return token.GetString()!;
        }

        if (root.TryGetProperty("connectionId", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString()!;
        }

        throw new HubNegotiationException("Negotiate response has no 'connectionToken'.");
    }

    private static JsonDocument ParseObject(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new HubNegotiationException("Negotiate response is not a JSON object.");
            }

            return document;
        }
        catch (JsonException exception)
        {
            throw new HubNegotiationException($"Negotiate response is not JSON: {exception.Message}");
        }
    }
}
