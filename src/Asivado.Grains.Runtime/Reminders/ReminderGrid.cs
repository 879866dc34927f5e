namespace Asivado.Grains.Runtime.Reminders;

/// <summary>The instants a periodic reminder falls due on: <c>DueAt + k * Period</c>.</summary>
internal static class ReminderGrid
{
    /// <summary>
    /// The first instant on the reminder's grid strictly after <paramref name="now"/>, so that a reminder that
    /// missed several periods fires once and then continues on its grid.
    /// </summary>
    public static DateTimeOffset NextDueAfter(DateTimeOffset dueAt, TimeSpan period, DateTimeOffset now)
    {
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Only periodic reminders have a grid.");
        }

        var elapsed = now.UtcTicks - dueAt.UtcTicks;
        if (elapsed < 0)
        {
            return dueAt + period;
        }

        var periods = (elapsed / period.Ticks) + 1;
        return dueAt + TimeSpan.FromTicks(periods * period.Ticks);
    }
}
