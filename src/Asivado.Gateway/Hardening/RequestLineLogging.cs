namespace Asivado.Gateway.Hardening;

/// <summary>
/// ASP.NET Core's "Request starting/finished" entries carry the full URL, query string included, and browsers send
/// the hub's token as ?access_token= (a credential whose claims hold the person's name). Those entries are held to
/// Warning whatever the configuration says for the category (this rule is added after the configured ones).
/// </summary>
public static class RequestLineLogging
{
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    internal static IHostApplicationBuilder SuppressRequestLineLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddFilter(Category, LogLevel.Warning);
        return builder;
    }
}
