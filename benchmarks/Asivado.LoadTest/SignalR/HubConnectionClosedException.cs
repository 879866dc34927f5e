namespace Asivado.LoadTest.SignalR;

/// <summary>The connection closed: by a close message with an error, a transport failure, or before a pending call completed.</summary>
public sealed class HubConnectionClosedException(string message, Exception? inner = null) : Exception(message, inner);
