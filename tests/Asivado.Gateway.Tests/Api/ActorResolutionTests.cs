using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Asivado.Gateway.Api;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Grains.Common;
using Microsoft.AspNetCore.Http;

namespace Asivado.Gateway.Tests.Api;

public sealed class ActorResolutionTests
{
    [Fact]
    public void An_anonymous_request_has_no_actor()
    {
        var context = new DefaultHttpContext();

        Assert.Throws<InvalidOperationException>(() => context.GetActor());
    }

    [Theory]
    [InlineData("agent", ActorRole.Agent)]
    [InlineData("lead", ActorRole.Lead)]
    [InlineData("manager", ActorRole.Manager)]
    [InlineData("admin", ActorRole.Admin)]
    [InlineData("integration", ActorRole.Integration)]
    public void A_signed_in_user_is_their_subject_with_their_role(string role, ActorRole expected)
    {
        var context = new DefaultHttpContext { User = SignedIn(new Claim("sub", "alice"), new Claim("role", role)) };

        Assert.Equal(new Actor("alice", expected), context.GetActor());
    }

    [Theory]
    [InlineData("system")]
    [InlineData("superuser")]
    [InlineData(null)]
    public void A_signed_in_user_without_a_known_role_is_refused(string? role)
    {
        Claim[] claims = role is null ? [new Claim("sub", "alice")] : [new Claim("sub", "alice"), new Claim("role", role)];
        var context = new DefaultHttpContext { User = SignedIn(claims) };

        Assert.Throws<InvalidOperationException>(() => context.GetActor());
    }

    [Fact]
    public async Task A_change_made_with_a_token_is_recorded_under_the_signed_in_person()
    {
        await using var api = new GatewayApiFactory().WithSetting("Authentication:DemoSignIn", "true");
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var token = (await client.PostJsonAsync("/api/auth/demo-sign-in", new { personId = "alice" }).ExpectAsync(HttpStatusCode.OK))["accessToken"].Text();

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await client.ActAsync(id, "assign", new { agentId = "alice" });
        await client.ActAsync(id, "acknowledge", new { method = "Email" });

        var entries = (await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray();
        Assert.Equal(TestTokens.AdminId, entries[0]!["actorId"].Text());
        Assert.Equal("alice", entries[1]!["actorId"].Text());
        Assert.Equal("Agent", entries[1]!["actorRole"].Text());
    }

    private static ClaimsPrincipal SignedIn(params Claim[] claims) => new(new ClaimsIdentity(claims, authenticationType: "Bearer"));
}
