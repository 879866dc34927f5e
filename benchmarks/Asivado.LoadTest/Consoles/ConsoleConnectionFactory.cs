using Asivado.LoadTest.Run;
using Asivado.LoadTest.SignalR;

namespace Asivado.LoadTest.Consoles;

/// <summary>Makes a console's hub connection: the agent's own token, agentId = the token's sub, one shared HTTP client for negotiate.</summary>
public sealed class ConsoleConnectionFactory(Uri target, HttpMessageInvoker http, TimeProvider time)
{
    /// <summary>Generous for 10,000 consoles connecting on a loaded 2-core machine.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(60);

    private readonly Uri _hubUrl = new(target, WireContract.ConsoleHubPath);

    public TimeProvider Time => time;

    public HubConnection Create(string agentId, string token) => new(new HubConnectionOptions
    {
        HubUrl = _hubUrl,
        AccessToken = token,
        QueryParameters = new Dictionary<string, string> { [WireContract.AgentIdQueryParameter] = agentId },
        Http = http,
        HandshakeTimeout = HandshakeTimeout,
        TimeProvider = time,
    });
}
