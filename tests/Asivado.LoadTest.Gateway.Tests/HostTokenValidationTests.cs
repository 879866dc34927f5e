using Asivado.Gateway.Authentication;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.SignIn;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Asivado.LoadTest.Gateway.Tests;

/// <summary>The load tester's tokens, validated exactly as the host validates them (TokenValidation.Parameters with the configured key).</summary>
public sealed class HostTokenValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly LoadPerson Lead = new("lt-2-lead-1", "lt-2-lead-1", "lt-2", 1, LoadPerson.LeadRole, 2, 0);

    [Fact]
    public async Task A_minted_token_is_valid_for_the_host_with_the_persons_claims()
    {
        var key = SigningKey.Generate();
        var time = new FakeTimeProvider(Now);
        var token = new TokenMinter(key, time).Mint(Lead, ConsoleCredentials.Lifetime);

        var result = await ValidateAsync(token, key, time);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("lt-2-lead-1", result.ClaimsIdentity.FindFirst(TokenClaims.Subject)!.Value);
        Assert.Equal("lead", result.ClaimsIdentity.FindFirst(TokenClaims.Role)!.Value);
        Assert.Equal("lt-2", result.ClaimsIdentity.FindFirst(TokenClaims.Department)!.Value);
        Assert.Equal("lt-2-lead-1", result.ClaimsIdentity.Name);
        Assert.True(GatewayRoles.TryGetActorRole(result.ClaimsIdentity.FindFirst(TokenClaims.Role)!.Value, out _));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var time = new FakeTimeProvider(Now);
        var token = new TokenMinter(SigningKey.Generate(), time).Mint(Lead, TimeSpan.FromHours(1));

        var result = await ValidateAsync(token, SigningKey.Generate(), time);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(result.Exception);
    }

    [Fact]
    public async Task A_token_is_refused_once_its_lifetime_and_the_hosts_skew_are_over()
    {
        var key = SigningKey.Generate();
        var time = new FakeTimeProvider(Now);
        var token = new TokenMinter(key, time).Mint(Lead, TimeSpan.FromMinutes(5));

        time.Advance(TimeSpan.FromMinutes(5) + TokenValidation.ClockSkew - TimeSpan.FromSeconds(1));
        Assert.True((await ValidateAsync(token, key, time)).IsValid);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False((await ValidateAsync(token, key, time)).IsValid);
    }

    private static Task<TokenValidationResult> ValidateAsync(string token, SigningKey key, TimeProvider time)
    {
        var hostKey = TokenSigningKey.Create(Options.Create(new GatewayAuthenticationOptions { SigningKey = key.Base64 }), NullLogger<TokenSigningKey>.Instance);
        return new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, TokenValidation.Parameters(hostKey, time));
    }
}
