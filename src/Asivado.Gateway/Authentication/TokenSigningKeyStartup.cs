namespace Asivado.Gateway.Authentication;

/// <summary>Makes the signing key at start-up, so that a bad configured key stops the host and a generated one is announced at once.</summary>
internal sealed class TokenSigningKeyStartup(TokenSigningKey key) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(key);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
