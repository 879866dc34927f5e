using Asivado.Gateway.Hubs;
using Asivado.Grains.Common;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class ConsoleHubErrorsTests
{
    [Theory]
    [InlineData(GrainErrorKind.InvalidArgument, "agentId", "'x' is not a person of department billing.", "invalid: agentId: 'x' is not a person of department billing.")]
    [InlineData(GrainErrorKind.InvalidArgument, null, "Bad.", "invalid: Bad.")]
    [InlineData(GrainErrorKind.NotFound, null, "No such agent.", "not found: No such agent.")]
    [InlineData(GrainErrorKind.Conflict, null, "Already acknowledged.", "conflict: Already acknowledged.")]
    [InlineData(GrainErrorKind.Forbidden, null, "Not yours.", "forbidden: Not yours.")]
    public void Each_grain_error_kind_maps_to_a_message_with_a_stable_code(GrainErrorKind kind, string? field, string message, string expected)
    {
        Assert.Equal(expected, ConsoleHubErrors.From(new GrainError(kind, message, field)).Message);
    }

    [Fact]
    public void A_failed_result_throws_its_error_and_a_successful_one_gives_its_value()
    {
        var ok = GrainResult<string>.Ok("value");
        var failed = GrainResult<string>.Fail(GrainError.Conflict("No."));

        Assert.Equal("value", ok.ValueOrThrow());
        Assert.Equal("conflict: No.", Assert.Throws<Microsoft.AspNetCore.SignalR.HubException>(() => failed.ValueOrThrow()).Message);
    }
}
