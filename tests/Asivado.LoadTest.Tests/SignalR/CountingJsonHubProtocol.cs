using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Asivado.LoadTest.Tests.SignalR;

/// <summary>The server's JSON protocol, counting the ping messages clients send (the server has no other hook for them).</summary>
public sealed class CountingJsonHubProtocol(JsonHubProtocol inner) : IHubProtocol
{
    private readonly TaskCompletionSource _firstPing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pings;

    public int PingsReceived => Volatile.Read(ref _pings);

    public Task FirstPing => _firstPing.Task;

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var parsed = inner.TryParseMessage(ref input, binder, out message);
        if (parsed && message is PingMessage)
        {
            Interlocked.Increment(ref _pings);
            _firstPing.TrySetResult();
        }

        return parsed;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);
}
