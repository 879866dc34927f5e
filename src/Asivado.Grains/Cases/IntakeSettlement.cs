using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// A durable deadline scheduled with a new case's own, before the case is stored: if the activation that took the
/// case in ends before its department heard of it (a crash between the write and the call), the deadline fires
/// after the restart and a new activation tells the department. In the activation that announced the case it ends
/// the intake's activation: a new case is rarely touched again within minutes, so it waits in storage rather than for
/// the collection age (resident cases are those being worked, not the last minutes of intake). Its name has no "sla:"
/// prefix, so the escalation deadlines' sync leaves it alone.
/// </summary>
internal static class IntakeSettlement
{
    public const string DeadlineName = "intake-settle";

    private const string WithDepartment = DeadlineName + ":";

    /// <summary>The name carries the department, which a case that was never stored cannot read from its state.</summary>
    public static string NameFor(string departmentId) => WithDepartment + departmentId;

    /// <summary>True for a settle deadline; <paramref name="departmentId"/> is null in one scheduled before names carried it.</summary>
    public static bool IsSettlement(string name, out string? departmentId)
    {
        departmentId = name.StartsWith(WithDepartment, StringComparison.Ordinal) ? name[WithDepartment.Length..] : null;
        return departmentId is not null || name == DeadlineName;
    }

    /// <summary>
    /// Well under the case's collection age (2 minutes), so that normally the intake's activation receives it, and long
    /// after an intake under overload has finished (the gateway sheds what waits longer than a second or two).
    /// </summary>
    public static readonly Duration Delay = Duration.FromSeconds(15);
}
