namespace Asivado.Grains.Runtime.Reminders;

/// <summary>Which <see cref="IReminderService"/> <c>AddReminderService</c> registers (<see cref="ReminderServiceOptions.Mode"/>).</summary>
public enum ReminderServiceMode
{
    /// <summary>The exact scheduler: loads what falls due within the look-ahead into an in-memory heap and fires each reminder at its due instant.</summary>
    Exact,

    /// <summary>
    /// The polling baseline, as help-desk tools check SLAs: no in-memory schedule; every
    /// <see cref="ReminderServiceOptions.PollInterval"/> the table is queried for everything due and that is dispatched.
    /// </summary>
    Polling,
}
