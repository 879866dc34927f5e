namespace Asivado.Grains.Agents;

/// <summary>An assignment's WorkId is a case id, or "call:{callId}" for a live call.</summary>
internal static class WorkIds
{
    public const string CallPrefix = "call:";

    public static (string? CaseId, string? CallId) Split(string workId) =>
        workId.StartsWith(CallPrefix, StringComparison.Ordinal)
            ? (null, workId[CallPrefix.Length..])
            : (workId, null);
}
