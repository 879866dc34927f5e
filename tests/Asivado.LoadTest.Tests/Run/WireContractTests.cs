using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Tests.Run;

public sealed class WireContractTests
{
    [Theory]
    [InlineData("rate limited: 20 invocations a second", true)]
    [InlineData("An unexpected error occurred invoking 'AcknowledgeEscalation' on the server. HubException: rate limited: 20 a second", true)]
    [InlineData("An unexpected error occurred invoking 'AcknowledgeEscalation' on the server. HubException: not found: no such escalation", false)]
    [InlineData("conflict: rate limited cases", false)]
    public void The_rate_limits_refusal_is_told_from_other_hub_errors(string error, bool rateLimited)
    {
        Assert.Equal(rateLimited, WireContract.IsRateLimited(error));
    }
}
