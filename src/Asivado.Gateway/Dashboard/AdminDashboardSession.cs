using System.Globalization;
using Asivado.Gateway.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Asivado.Gateway.Dashboard;

/// <summary>
/// A browser cannot put a bearer header on a page it navigates to, nor on the dashboard's own requests. So an admin's
/// token, presented once as a bearer header to <c>POST /admin/session</c>, comes back as an HttpOnly, Secure,
/// SameSite=Strict cookie sent only to <see cref="AdminDashboard.Path"/> and expiring with the token; JWT bearer reads
/// it there and nowhere else, so it never authorizes the API or the hub. Every silo validates it with the shared
/// signing key, whichever pod the browser reaches. <c>DELETE /admin/session</c> removes it.
/// </summary>
public static class AdminDashboardSession
{
    public const string SessionPath = "/admin/session";

    public const string CookieName = "asivado-dashboard";

    private const string BearerPrefix = "Bearer ";

    internal static IServiceCollection AddAdminDashboardSessionCookie(this IServiceCollection services)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Events ??= new JwtBearerEvents();
            var received = options.Events.OnMessageReceived;
            options.Events.OnMessageReceived = async context =>
            {
                await received(context);
                var request = context.Request;
                if (context.Token is null
                    && !request.Headers.ContainsKey("Authorization")
                    && request.Path.StartsWithSegments(AdminDashboard.Path)
                    && request.Cookies.TryGetValue(CookieName, out var token))
                {
                    context.Token = token;
                }
            };
        });
        return services;
    }

    internal static void MapAdminDashboardSession(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SessionPath, Open).RequireAuthorization(AdminDashboard.PolicyName).ExcludeFromDescription();
        endpoints.MapDelete(SessionPath, Close).ExcludeFromDescription();
    }

    private static IResult Open(HttpContext context)
    {
        string header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || !long.TryParse(context.User.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "A dashboard session is opened with an admin's access token.",
                detail: "Send the token as 'Authorization: Bearer <accessToken>' (an integration key or another cookie cannot open one).");
        }

        context.Response.Cookies.Append(CookieName, header[BearerPrefix.Length..].Trim(), CookieOptions(DateTimeOffset.FromUnixTimeSeconds(expires)));
        return Results.NoContent();
    }

    private static IResult Close(HttpContext context)
    {
        context.Response.Cookies.Delete(CookieName, CookieOptions(expires: null));
        return Results.NoContent();
    }

    private static CookieOptions CookieOptions(DateTimeOffset? expires) => new()
    {
        Path = AdminDashboard.Path,
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        Expires = expires,
    };
}
