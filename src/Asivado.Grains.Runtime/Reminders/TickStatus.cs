namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// What a firing reminder tells its grain, as Orleans' TickStatus does.
/// </summary>
/// <param name="FirstTickTime">The instant the reminder was first due when it was registered.</param>
/// <param name="Period">Zero for a one-shot reminder.</param>
/// <param name="CurrentTickTime">The due instant of this firing (not the instant it ran).</param>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
