using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// SignalR's JSON hub protocol, except that an invocation whose arguments do not bind reaches the hub's filters with
/// <see cref="ArgumentBindingFailure"/> in place of its arguments. SignalR answers a binding failure itself, with a
/// generic "Failed to invoke" that no filter sees; this way a wrong type gets the same coded error as a wrong value.
/// </summary>
internal sealed class CodedArgumentsJsonProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private const byte RecordSeparator = 0x1E;
    private const int StreamInvocationType = 4;

    private readonly JsonHubProtocol _json = new(options);
    private readonly JsonSerializerOptions _payload = options.Value.PayloadSerializerOptions;

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var before = input;
        if (!_json.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure && Locate(before.Slice(before.Start, input.Start), failure, binder) is { } located)
        {
            message = located;
        }

        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);

    /// <returns>The invocation with every argument replaced by the failure, or null to leave SignalR's own answer.</returns>
    private HubMethodInvocationMessage? Locate(ReadOnlySequence<byte> frame, InvocationBindingFailureMessage failure, IInvocationBinder binder)
    {
        IReadOnlyList<Type> expected;
        try
        {
            expected = binder.GetParameterTypes(failure.Target);
        }
        catch (HubException)
        {
            return null; // an unknown method: SignalR's answer names it
        }

        var payload = frame.Length > 0 && frame.Slice(frame.Length - 1).FirstSpan[0] == RecordSeparator ? frame.Slice(0, frame.Length - 1) : frame;
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var given = root.TryGetProperty("arguments", out var arguments) && arguments.ValueKind == JsonValueKind.Array
            ? [.. arguments.EnumerateArray()]
            : Array.Empty<JsonElement>();
        var index = given.Length == expected.Count ? FirstUnbound(given, expected) : -1;
        if (index is null)
        {
            return null;
        }

        var stand = new ArgumentBindingFailure(index.Value, given.Length);
        var stands = Enumerable.Repeat<object?>(stand, expected.Count).ToArray();
        var streamIds = root.TryGetProperty("streamIds", out var ids) && ids.ValueKind == JsonValueKind.Array
            ? [.. ids.EnumerateArray().Select(id => id.GetString() ?? string.Empty)]
            : (string[]?)null;
        return root.TryGetProperty("type", out var type) && type.TryGetInt32(out var kind) && kind == StreamInvocationType
            ? new StreamInvocationMessage(failure.InvocationId!, failure.Target, stands, streamIds)
            : new InvocationMessage(failure.InvocationId, failure.Target, stands, streamIds);
    }

    private int? FirstUnbound(JsonElement[] given, IReadOnlyList<Type> expected)
    {
        for (var i = 0; i < given.Length; i++)
        {
            try
            {
                given[i].Deserialize(expected[i], _payload);
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                return i;
            }
        }

        return null;
    }
}
