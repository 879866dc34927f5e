using System.Text;

namespace Asivado.LoadTest.SignalR;

/// <summary>Builds the negotiate and WebSocket addresses of a hub.</summary>
public static class HubUrls
{
    public static Uri Negotiate(Uri hubUrl) => Append(hubUrl, "/negotiate", [new("negotiateVersion", "1")]);

    public static Uri WebSocket(Uri hubUrl, string? connectionToken, string? accessToken, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var query = new List<KeyValuePair<string, string>>(extra);
        if (connectionToken is not null)
        {
            query.Add(new("id", connectionToken));
        }

        if (accessToken is not null)
        {
            query.Add(new("access_token", accessToken));
        }

        var builder = new UriBuilder(Append(hubUrl, "", query))
        {
            Scheme = hubUrl.Scheme switch
            {
                "https" or "wss" => "wss",
                "http" or "ws" => "ws",
                _ => throw new ArgumentException($"Hub URL scheme must be http, https, ws or wss (got '{hubUrl.Scheme}').", nameof(hubUrl)),
            },
        };
        return builder.Uri;
    }

    private static Uri Append(Uri hubUrl, string pathSuffix, IEnumerable<KeyValuePair<string, string>> query)
    {
        var builder = new UriBuilder(hubUrl);
        builder.Path = builder.Path.TrimEnd('/') + pathSuffix;
        var text = new StringBuilder(builder.Query.TrimStart('?'));
        foreach (var (name, value) in query)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        builder.Query = text.ToString();
        return builder.Uri;
    }
}
