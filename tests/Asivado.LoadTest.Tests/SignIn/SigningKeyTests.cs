using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Tests.SignIn;

public sealed class SigningKeyTests
{
    [Fact]
    public void A_generated_key_round_trips_through_base64()
    {
        var key = SigningKey.Generate();

        Assert.Equal(SigningKey.MinimumBytes, key.Bytes.Length);
        Assert.Equal(key.Bytes, SigningKey.Parse(key.Base64).Bytes);
    }

    [Theory]
    [InlineData("not base64!", "must be base64 (e.g. the output of `openssl rand -base64 32`), the host's Authentication:SigningKey.")]
    [InlineData("c2hvcnQ=", "must decode to at least 32 bytes, as the host requires; it has 5.")]
    public void A_bad_key_says_what_is_wrong(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => SigningKey.Parse(text)).Message);
    }

    [Fact]
    public void Generated_integration_keys_differ_and_carry_the_tools_name()
    {
        var first = IntegrationKey.Generate();
        var second = IntegrationKey.Generate();

        Assert.Equal(IntegrationKey.DefaultName, first.Name);
        Assert.NotEqual(first.Key, second.Key);
        Assert.True(first.Key.Length >= 40);
    }
}
