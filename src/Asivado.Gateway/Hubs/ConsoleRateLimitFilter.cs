using System.Globalization;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// Limits each console connection's hub invocations (<see cref="ConsoleHubOptions.InvocationsPerSecond"/> with a
/// burst of <see cref="ConsoleHubOptions.InvocationBurst"/>); an invocation over the limit fails with a
/// "rate limited" HubException before the hub method runs, so it changes nothing.
/// </summary>
internal sealed class ConsoleRateLimitFilter(ConsoleConnections connections, ILogger<ConsoleRateLimitFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var session = connections.Find(invocationContext.Context.ConnectionId);
        if (session is not null && !session.RateLimiter.TryAcquire())
        {
            logger.RateLimited(session.ConnectionId, invocationContext.HubMethodName);
            throw new HubException(string.Create(
                CultureInfo.InvariantCulture,
                $"rate limited: at most {session.RateLimiter.PerSecond} invocations per second (bursts of {session.RateLimiter.Burst}); slow down"));
        }

        return await next(invocationContext).ConfigureAwait(false);
    }
}
