namespace Asivado.LoadTest.SignalR;

/// <summary>The negotiate request failed or returned something this client cannot use.</summary>
public sealed class HubNegotiationException(string message) : Exception(message);
