namespace Asivado.Gateway.Listening;

/// <summary>
/// Where the gateway listens when nobody said: http://localhost:5080. Any of the host's standard settings wins
/// over it: <c>ASPNETCORE_URLS</c> / <c>DOTNET_URLS</c> / <c>--urls</c> (configuration key "urls"),
/// <c>ASPNETCORE_HTTP_PORTS</c> / <c>ASPNETCORE_HTTPS_PORTS</c> ("http_ports", "https_ports"), or endpoints under
/// "Kestrel:Endpoints". (appsettings.json used to set "Urls", which outranked ASPNETCORE_URLS.)
/// </summary>
public static class ListenAddress
{
    public const string DefaultUrl = "http://localhost:5080";

    private static readonly string[] AddressKeys = ["urls", "http_ports", "https_ports"];

    /// <summary>The default address, or null when the configuration already says where to listen.</summary>
    public static string? DefaultUnlessConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = AddressKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        return configured ? null : DefaultUrl;
    }

    /// <summary>Listens on <see cref="DefaultUrl"/> unless the configuration names an address or port.</summary>
    public static WebApplicationBuilder UseDefaultListenAddress(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (DefaultUnlessConfigured(builder.Configuration) is { } url)
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }
}
