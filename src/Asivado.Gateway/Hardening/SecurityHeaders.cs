namespace Asivado.Gateway.Hardening;

/// <summary>
/// Headers on every response. The content security policy fits the console page: its own scripts and styles
/// only, no inline code, and connections (fetch, the hub's WebSocket) to its own origin only.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    internal static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // UseHsts adds the header only to HTTPS responses (and never for localhost).
        app.UseHsts();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
    }
}
