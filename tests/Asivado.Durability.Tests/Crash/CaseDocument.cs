using System.Globalization;
using System.Text.Json;

namespace Asivado.Durability.Tests.Crash;

/// <summary>Reads the fields the crash test checks from the gateway's case and history JSON (camelCase, enums by name).</summary>
internal static class CaseDocument
{
    public static string Id(JsonElement caseView) => caseView.GetProperty("id").GetString()!;

    public static IReadOnlyDictionary<string, DeadlineSnapshot> Deadlines(JsonElement caseView) =>
        caseView.GetProperty("deadlines").EnumerateArray().ToDictionary(
            deadline => deadline.GetProperty("targetId").GetString()!,
            deadline => new DeadlineSnapshot(
                deadline.GetProperty("state").GetString()!,
                deadline.TryGetProperty("dueAt", out var dueAt) && dueAt.ValueKind == JsonValueKind.String
                    ? DateTimeOffset.Parse(dueAt.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    : null),
            StringComparer.Ordinal);

    /// <summary>When each history entry whose action is <paramref name="action"/> and whose details hold every given value was written, with its details.</summary>
    public static IReadOnlyList<(DateTimeOffset At, JsonElement Details)> Entries(JsonElement history, string action, params (string Key, string Value)[] details) =>
        [.. history.EnumerateArray()
            .Where(entry => Matches(entry, action, details))
            .Select(entry => (Instant(entry.GetProperty("at")), entry.GetProperty("details")))];

    /// <summary>An instant as the gateway writes it (ISO 8601, UTC).</summary>
    public static DateTimeOffset Instant(JsonElement value) =>
        DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>History entries whose action is <paramref name="action"/> and whose details hold every given value.</summary>
    public static int Count(JsonElement history, string action, params (string Key, string Value)[] details) =>
        history.EnumerateArray().Count(entry => Matches(entry, action, details));

    private static bool Matches(JsonElement entry, string action, (string Key, string Value)[] details) =>
        entry.GetProperty("action").GetString() == action
        && details.All(detail =>
            entry.TryGetProperty("details", out var values)
            && values.TryGetProperty(detail.Key, out var value)
            && value.GetString() == detail.Value);
}

/// <param name="DueAt">Null while paused.</param>
internal sealed record DeadlineSnapshot(string State, DateTimeOffset? DueAt);
