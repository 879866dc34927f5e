namespace Asivado.LoadTest.SignalR;

/// <summary>The server refused the handshake or answered something that is not a handshake response.</summary>
public sealed class HubHandshakeException(string message) : Exception(message);
