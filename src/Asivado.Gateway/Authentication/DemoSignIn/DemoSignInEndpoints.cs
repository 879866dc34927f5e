using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Authentication.DemoSignIn;

/// <summary>Password-less sign-in as any person of the organisation, for the embedded demo only (<see cref="DemoSignInSwitch"/>).</summary>
public static class DemoSignInEndpoints
{
    public const string SignInPath = "/api/auth/demo-sign-in";
    public const string PeoplePath = "/api/auth/demo-people";

    /// <summary>Maps the endpoints only when <see cref="DemoSignInSwitch.IsEnabled"/>; otherwise both paths answer 404.</summary>
    public static IEndpointRouteBuilder MapDemoSignIn(this IEndpointRouteBuilder endpoints, IConfiguration configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);
        if (!DemoSignInSwitch.IsEnabled(configuration))
        {
            return endpoints;
        }

        logger.DemoSignInEnabled();
        var group = endpoints.MapGroup("").AllowAnonymous().WithTags("Authentication");
        group.MapPost(SignInPath, SignIn)
            .WithName("DemoSignIn")
            .WithSummary("Signs in as a person of the organisation without a password (embedded demo only).")
            .Produces<DemoSignInResponse>()
            .ProducesValidationProblem();
        group.MapGet(PeoplePath, People)
            .WithName("DemoPeople")
            .WithSummary("The people one can sign in as (embedded demo only).")
            .Produces<IReadOnlyList<DemoPerson>>();
        return endpoints;
    }

    internal static IResult SignIn(DemoSignInRequest? request, IOrganisationDirectory directory, TokenService tokens)
    {
        var personId = request?.PersonId;
        if (string.IsNullOrWhiteSpace(personId))
        {
            return PersonIdProblem("A personId is required.");
        }

        var person = directory.FindPerson(personId);
        if (person is null)
        {
            return PersonIdProblem("No person of the organisation has this id.");
        }

        var token = tokens.Issue(person);
        return Results.Ok(new DemoSignInResponse(token.AccessToken, token.ExpiresAt, person.Id, GatewayRoles.For(person.Role), person.DepartmentId));
    }

    internal static IResult People(IOrganisationDirectory directory) =>
        Results.Ok(directory.People
            .OrderBy(p => p.DepartmentId, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new DemoPerson(p.Id, p.Name, GatewayRoles.For(p.Role), p.DepartmentId))
            .ToList());

    private static IResult PersonIdProblem(string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = [message] });
}
