using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.SignIn;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.LoadTest.Tests.SignIn;

public sealed class TokenMinterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly LoadPerson Lead = new("lt-1-lead-1", "lt-1-lead-1", "lt-1", 0, LoadPerson.LeadRole, 2, 0);

    [Fact]
    public void A_token_is_hs256_with_the_hosts_issuer_audience_and_the_persons_claims()
    {
        var key = SigningKey.Generate();
        var token = new TokenMinter(key, new FakeTimeProvider(Now)).Mint(Lead, TimeSpan.FromHours(1));

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"HS256","typ":"JWT"}""", Decode(parts[0]));
        using var payload = JsonDocument.Parse(Decode(parts[1]));
        var claims = payload.RootElement;
        Assert.Equal("asivado", claims.GetProperty("iss").GetString());
        Assert.Equal("asivado-console", claims.GetProperty("aud").GetString());
        Assert.Equal("lt-1-lead-1", claims.GetProperty("sub").GetString());
        Assert.Equal("lt-1-lead-1", claims.GetProperty("name").GetString());
        Assert.Equal("lead", claims.GetProperty("role").GetString());
        Assert.Equal("lt-1", claims.GetProperty("department").GetString());
        Assert.Equal(Now.ToUnixTimeSeconds(), claims.GetProperty("iat").GetInt64());
        Assert.Equal(Now.ToUnixTimeSeconds(), claims.GetProperty("nbf").GetInt64());
        Assert.Equal(Now.AddHours(1).ToUnixTimeSeconds(), claims.GetProperty("exp").GetInt64());
        Assert.Equal(Base64Url.EncodeToString(HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"))), parts[2]);
    }

    [Fact]
    public void Without_a_department_the_claim_is_left_out_and_the_clock_sets_the_times()
    {
        var time = new FakeTimeProvider(Now);
        var minter = new TokenMinter(SigningKey.Generate(), time);
        time.Advance(TimeSpan.FromMinutes(10));

        var token = minter.Mint("an-admin", "An Admin", "admin", null, TimeSpan.FromSeconds(90.5));

        using var payload = JsonDocument.Parse(Decode(token.Split('.')[1]));
        Assert.False(payload.RootElement.TryGetProperty("department", out _));
        Assert.Equal(Now.AddMinutes(10).ToUnixTimeSeconds(), payload.RootElement.GetProperty("iat").GetInt64());
        Assert.Equal(Now.AddMinutes(10).ToUnixTimeSeconds() + 91, payload.RootElement.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Every_console_person_gets_a_token_of_their_own()
    {
        var agent = Lead with { Id = "lt-1-agent-1", Name = "lt-1-agent-1", Role = LoadPerson.AgentRole, LeadIndex = -1 };

        var tokens = ConsoleCredentials.Mint(new TokenMinter(SigningKey.Generate(), new FakeTimeProvider(Now)), [Lead, agent]);

        Assert.Equal(["lt-1-lead-1", "lt-1-agent-1"], tokens.Keys);
        Assert.NotEqual(tokens["lt-1-lead-1"], tokens["lt-1-agent-1"]);
        using var payload = JsonDocument.Parse(Decode(tokens["lt-1-agent-1"].Split('.')[1]));
        Assert.Equal("agent", payload.RootElement.GetProperty("role").GetString());
    }

    private static string Decode(string part) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(part));
}
