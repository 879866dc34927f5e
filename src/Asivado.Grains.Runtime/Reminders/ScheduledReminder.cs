namespace Asivado.Grains.Runtime.Reminders;

/// <summary>One item of the in-memory schedule: a stored reminder version and how many dispatches of it failed.</summary>
internal readonly record struct ScheduledReminder(ReminderEntry Entry, int FailedAttempts);
