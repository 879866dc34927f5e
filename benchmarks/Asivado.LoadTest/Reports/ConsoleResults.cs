using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Agent consoles: asked for, connected at the start, failed to connect, dropped during the run (and reconnected
/// after a drop, resuming their feed), the connect phase, and what their feeds received.
/// </summary>
/// <param name="ConnectLatency">Negotiate, WebSocket, handshake and the first Resume of one console, in microseconds.</param>
/// <param name="Pushes">Pushes applied, every kind.</param>
/// <param name="Duplicates">Pushes received again (live and in a Resume), dropped.</param>
/// <param name="SequenceGaps">Sequence numbers of an agent's feed never received (per agent, gap-free on the host).</param>
public sealed record ConsoleResults(
    int Requested,
    int Connected,
    int Failed,
    int Disconnected,
    int Reconnected,
    double ConnectSeconds,
    LatencySummary ConnectLatency,
    IReadOnlyDictionary<string, long> FailuresByReason,
    long Pushes,
    IReadOnlyDictionary<string, long> PushesByKind,
    long Duplicates,
    long SequenceGaps,
    long Malformed,
    long Acknowledged,
    long AcknowledgeFailures);
