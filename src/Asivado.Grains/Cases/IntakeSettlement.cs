using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// A durable deadline scheduled with a new case's own, before the case is stored: if the activation that took the
/// case in ends before its department heard of it (a crash between the write and the call), the deadline fires
/// after the restart and a new activation tells the department. In the activation that announced the case it does
/// nothing. Its name has no "sla:" prefix, so the escalation deadlines' sync leaves it alone.
/// </summary>
internal static class IntakeSettlement
{
    public const string DeadlineName = "intake-settle";

    /// <summary>Well under the case's collection age (2 minutes), so that normally the intake's activation receives it.</summary>
    public static readonly Duration Delay = Duration.FromMinutes(1);
}
