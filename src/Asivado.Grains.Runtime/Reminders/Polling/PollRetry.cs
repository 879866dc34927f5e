namespace Asivado.Grains.Runtime.Reminders.Polling;

/// <summary>
/// A reminder version whose dispatch failed: the polling service dispatches it again at the first poll at or after
/// <see cref="NotBeforeUtcTicks"/>, as long as the table still holds that version.
/// </summary>
internal readonly record struct PollRetry(string ETag, int FailedAttempts, long NotBeforeUtcTicks);
