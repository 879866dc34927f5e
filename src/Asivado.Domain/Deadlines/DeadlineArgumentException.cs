namespace Asivado.Domain.Deadlines;

/// <summary>
/// A deadline change refused because a value breaks a rule. <see cref="ArgumentException.ParamName"/> names the field
/// ("newDueAt", "notice.toldAt"); <see cref="Message"/> is written for the person who sent it and is shown to them
/// as it is, so it carries neither .NET's "(Parameter '…')" nor its "Actual value was …" lines.
/// </summary>
public sealed class DeadlineArgumentException(string field, string message) : ArgumentOutOfRangeException(field, message)
{
    public override string Message { get; } = message;
}
