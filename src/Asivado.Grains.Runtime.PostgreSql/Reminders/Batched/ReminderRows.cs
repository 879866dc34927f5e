using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.Reminders;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Reminder rows as the batched statements return them: grain_type, grain_key, reminder_name first.</summary>
internal static class ReminderRows
{
    public static BatchKey KeyOf(NpgsqlDataReader reader) => new(reader.GetString(0), reader.GetString(1), reader.GetString(2));

    public static BatchKey GrainKeyOf(NpgsqlDataReader reader) => new(reader.GetString(0), reader.GetString(1), "");

    /// <summary>A row of (grain_type, grain_key, reminder_name, due_at_ticks, period_ticks, version).</summary>
    public static ReminderEntry Entry(NpgsqlDataReader reader, GrainId grainId) => new(
        grainId,
        reader.GetString(2),
        new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
        TimeSpan.FromTicks(reader.GetInt64(4)),
        VersionETag.Format(reader.GetInt64(5)));
}
