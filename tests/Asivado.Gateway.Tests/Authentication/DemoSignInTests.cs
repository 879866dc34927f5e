using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Authentication.DemoSignIn;
using Asivado.Gateway.Tests.Hubs.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Asivado.Gateway.Tests.Authentication;

public sealed class DemoSignInTests
{
    [Fact]
    public async Task Demo_sign_in_gives_a_token_that_validates_with_the_persons_claims()
    {
        await using var factory = new ConsoleHostFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/demo-sign-in", new { personId = "lena" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("lena", root.GetProperty("personId").GetString());
        Assert.Equal("lead", root.GetProperty("role").GetString());
        Assert.Equal("billing", root.GetProperty("departmentId").GetString());
        Assert.Equal(ConsoleHostFactory.Start.AddHours(8), root.GetProperty("expiresAt").GetDateTimeOffset());

        var parameters = TokenValidation.Parameters(factory.Services.GetRequiredService<TokenSigningKey>(), factory.Time);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(root.GetProperty("accessToken").GetString(), parameters);
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("lena", validation.Claims[TokenClaims.Subject]);
        Assert.Equal("Lena Lead", validation.Claims[TokenClaims.Name]);
        Assert.Equal("lead", validation.Claims[TokenClaims.Role]);
        Assert.Equal("billing", validation.Claims[TokenClaims.Department]);
        Assert.Equal("asivado", validation.Claims["iss"]);
        Assert.Equal("asivado-console", validation.Claims["aud"]);
    }

    [Theory]
    [InlineData("""{"personId":"nobody"}""", "No person of the organisation has this id.")]
    [InlineData("""{"personId":"  "}""", "A personId is required.")]
    [InlineData("""{}""", "A personId is required.")]
    public async Task Demo_sign_in_refuses_an_unknown_or_missing_person_naming_personId(string json, string message)
    {
        await using var factory = new ConsoleHostFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/auth/demo-sign-in", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.Equal([message], errors.GetProperty("personId").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public async Task Demo_people_lists_the_organisation_by_department_with_roles()
    {
        await using var factory = new ConsoleHostFactory();
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/auth/demo-people"));

        var people = body.RootElement.EnumerateArray()
            .Select(p => $"{p.GetProperty("departmentId").GetString()}/{p.GetProperty("id").GetString()}/{p.GetProperty("role").GetString()}/{p.GetProperty("name").GetString()}")
            .ToArray();
        Assert.Equal(
            [
                "billing/alice/agent/Alice Adams",
                "billing/bob/agent/Bob Brown",
                "billing/lena/lead/Lena Lead",
                "billing/maria/manager/Maria Manager",
                "support/carl/agent/Carl Clark",
                "support/sam/lead/Sam Stone",
            ],
            people);
    }

    [Fact]
    public async Task With_demo_sign_in_off_both_endpoints_are_not_found()
    {
        await using var factory = new ConsoleHostFactory(settings: new Dictionary<string, string?> { ["Authentication:DemoSignIn"] = "false" });
        using var client = factory.CreateClient();

        var signIn = await client.PostAsJsonAsync("/api/auth/demo-sign-in", new { personId = "alice" });
        var people = await client.GetAsync("/api/auth/demo-people");

        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, people.StatusCode);
    }

    [Theory]
    [InlineData("true", null, true)]
    [InlineData("true", "", true)]
    [InlineData("true", "Host=db;Database=asivado", false)]
    [InlineData("false", null, false)]
    [InlineData(null, null, false)]
    public void Demo_sign_in_is_only_for_the_embedded_default(string? demoSignIn, string? connectionString, bool enabled)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Authentication:DemoSignIn"] = demoSignIn,
                ["ConnectionStrings:Asivado"] = connectionString,
            })
            .Build();

        Assert.Equal(enabled, DemoSignInSwitch.IsEnabled(configuration));
    }
}
