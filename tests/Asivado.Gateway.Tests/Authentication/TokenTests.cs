using Asivado.Gateway.Authentication;
using Asivado.Grains.Organisation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Asivado.Gateway.Tests.Authentication;

public sealed class TokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("not base64!", "Authentication:SigningKey must be base64 (e.g. the output of `openssl rand -base64 32`).")]
    [InlineData("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMQ==", "Authentication:SigningKey must decode to at least 32 bytes; it has 31.")]
    public void A_configured_key_must_be_base64_of_at_least_32_bytes(string key, string message)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => TokenSigningKey.Decode(key));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void A_configured_key_is_used_as_given()
    {
        var bytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        var key = TokenSigningKey.Create(Options(Convert.ToBase64String(bytes)), NullLogger<TokenSigningKey>.Instance);

        Assert.False(key.IsGenerated);
        Assert.Equal(bytes, key.Key.Key);
    }

    [Fact]
    public void Without_a_configured_key_a_random_one_is_generated()
    {
        var first = TokenSigningKey.Create(Options(null), NullLogger<TokenSigningKey>.Instance);
        var second = TokenSigningKey.Create(Options(" "), NullLogger<TokenSigningKey>.Instance);

        Assert.True(first.IsGenerated);
        Assert.Equal(32, first.Key.Key.Length);
        Assert.NotEqual(first.Key.Key, second.Key.Key);
    }

    [Fact]
    public async Task A_token_is_valid_for_its_lifetime_on_the_hosts_clock_and_not_after()
    {
        var time = new FakeTimeProvider(Now);
        var key = TokenSigningKey.Create(Options(null), NullLogger<TokenSigningKey>.Instance);
        var service = new TokenService(key, time, Options(null), NullLogger<TokenService>.Instance);
        var token = service.Issue(new PersonDefinition("carl", "Carl Clark", "support", StaffRole.Agent, 3));
        var handler = new JsonWebTokenHandler();

        Assert.Equal(Now.AddHours(8), token.ExpiresAt);
        time.Advance(TimeSpan.FromHours(8) + TokenValidation.ClockSkew - TimeSpan.FromSeconds(1));
        Assert.True((await handler.ValidateTokenAsync(token.AccessToken, TokenValidation.Parameters(key, time))).IsValid);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False((await handler.ValidateTokenAsync(token.AccessToken, TokenValidation.Parameters(key, time))).IsValid);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_does_not_validate()
    {
        var time = new FakeTimeProvider(Now);
        var ours = TokenSigningKey.Create(Options(null), NullLogger<TokenSigningKey>.Instance);
        var theirs = TokenSigningKey.Create(Options(null), NullLogger<TokenSigningKey>.Instance);
        var token = new TokenService(theirs, time, Options(null), NullLogger<TokenService>.Instance).Issue("alice", "Alice Adams", GatewayRoles.Agent, "billing");

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token.AccessToken, TokenValidation.Parameters(ours, time));

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("Agent")]
    [InlineData("superuser")]
    [InlineData("")]
    public void Only_the_five_roles_can_be_issued(string role)
    {
        var service = new TokenService(TokenSigningKey.Create(Options(null), NullLogger<TokenSigningKey>.Instance), new FakeTimeProvider(Now), Options(null), NullLogger<TokenService>.Instance);

        Assert.Throws<ArgumentException>(() => service.Issue("alice", "Alice Adams", role, "billing"));
    }

    [Theory]
    [InlineData("agent", Grains.Common.ActorRole.Agent)]
    [InlineData("lead", Grains.Common.ActorRole.Lead)]
    [InlineData("manager", Grains.Common.ActorRole.Manager)]
    [InlineData("admin", Grains.Common.ActorRole.Admin)]
    [InlineData("integration", Grains.Common.ActorRole.Integration)]
    public void Role_claims_map_to_actor_roles(string role, Grains.Common.ActorRole expected)
    {
        Assert.True(GatewayRoles.TryGetActorRole(role, out var actorRole));
        Assert.Equal(expected, actorRole);
    }

    private static IOptions<GatewayAuthenticationOptions> Options(string? signingKey) =>
        Microsoft.Extensions.Options.Options.Create(new GatewayAuthenticationOptions { SigningKey = signingKey });
}
