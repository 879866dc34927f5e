using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>A live console connection: who is signed in, its observer on the agent grain, its rate limiter.</summary>
public sealed class ConsoleSession
{
    private int _closed;

    internal ConsoleSession(HubCallerContext context, PersonDefinition person, Actor actor, InvocationRateLimiter rateLimiter)
    {
        Context = context;
        Person = person;
        Actor = actor;
        RateLimiter = rateLimiter;
    }

    public string ConnectionId => Context.ConnectionId;

    /// <summary>The agent this console belongs to: the token's subject.</summary>
    public string AgentId => Person.Id;

    public string DepartmentId => Person.DepartmentId;

    public PersonDefinition Person { get; }

    /// <summary>Who the console's requests are recorded as (the token's subject and role).</summary>
    public Actor Actor { get; }

    public InvocationRateLimiter RateLimiter { get; }

    public bool IsClosed => Volatile.Read(ref _closed) == 1;

    internal HubCallerContext Context { get; }

    /// <summary>The grain-side reference to the observer (what Subscribe and Unsubscribe take).</summary>
    internal IAgentConsoleObserver Reference { get; set; } = null!;

    internal ConsoleObserver Observer { get; set; } = null!;

    internal Task Pump { get; set; } = Task.CompletedTask;

    /// <summary>
    /// Drops the connection's transport, as a lost network would, so that the console reconnects and resumes. (The
    /// hub's own Context.Abort() ends the connection with a close message that tells clients not to reconnect.)
    /// </summary>
    public void Abort()
    {
        if (Context.GetHttpContext() is { } http)
        {
            http.Abort();
        }
        else
        {
            Context.Abort();
        }
    }

    /// <returns>True the first time only.</returns>
    internal bool MarkClosed() => Interlocked.Exchange(ref _closed, 1) == 0;
}
