namespace Asivado.LoadTest.Consoles;

/// <summary>
/// Sends through one shared client and leaves it open when disposed: the official client makes (and disposes) an
/// HttpClient per connection for negotiate, and 10,000 connection pools would each hold their own sockets.
/// </summary>
internal sealed class SharedHttpHandler(HttpMessageInvoker shared) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        shared.SendAsync(request, cancellationToken);
}
