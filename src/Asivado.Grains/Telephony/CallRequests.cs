namespace Asivado.Grains.Telephony;

/// <summary>A call starts ringing at a department (CTI "offered").</summary>
public sealed record CallOffer(string DepartmentId, string? CallerNumber);

/// <summary>Transfer to another department or agent; refused without the caller's callback number (seed policy).</summary>
public sealed record CallTransfer(string? ToDepartmentId, string? ToAgentId, string CallbackNumber);
