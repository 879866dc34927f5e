using System.Security.Claims;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Asivado.Gateway.Authentication.Refresh;

/// <summary>
/// POST /api/auth/refresh: a person with a valid access token gets a new one for the same person, with a full
/// lifetime, so a console renews its token before it expires (and its hub connection with it). Bearer tokens only:
/// an integration key is refused; so is a token whose subject is no longer a person of the organisation.
/// </summary>
public static class TokenRefreshEndpoints
{
    public const string RefreshPath = "/api/auth/refresh";

    public static IEndpointRouteBuilder MapTokenRefresh(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(RefreshPath, Refresh)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser())
            .WithTags("Authentication")
            .WithName("RefreshToken")
            .WithSummary("Issues a new access token for the signed-in person, valid for the full token lifetime.")
            .Produces<RefreshedToken>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    internal static IResult Refresh(ClaimsPrincipal user, IOrganisationDirectory directory, TokenService tokens)
    {
        var subject = user.FindFirstValue(TokenClaims.Subject);
        var role = user.FindFirstValue(TokenClaims.Role);
        if (role == GatewayRoles.Integration)
        {
            return Forbidden("An integration signs in with its key; only a person's token is refreshed.");
        }

        if (subject is null || directory.FindPerson(subject) is not { } person)
        {
            return Forbidden("The token does not name a person of the organisation.");
        }

        var token = tokens.Issue(person);
        return Results.Ok(new RefreshedToken(token.AccessToken, token.ExpiresAt, person.Id, GatewayRoles.For(person.Role), person.DepartmentId));
    }

    private static IResult Forbidden(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
