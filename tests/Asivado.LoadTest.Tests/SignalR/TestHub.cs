using Microsoft.AspNetCore.SignalR;

namespace Asivado.LoadTest.Tests.SignalR;

public sealed class TestHub : Hub
{
    public string Echo(string text) => text;

    public int Add(int left, int right) => left + right;

    public void Fail(string reason) => throw new HubException(reason);

    /// <summary>Pushes <paramref name="count"/> "push" invocations to the caller, in order.</summary>
    public async Task PushToMe(int count)
    {
        for (var sequence = 1; sequence <= count; sequence++)
        {
            await Clients.Caller.SendAsync("push", new { sequence, kind = "escalation" });
        }
    }

    public Task<string> Repeat(char character, int length) => Task.FromResult(new string(character, length));
}
