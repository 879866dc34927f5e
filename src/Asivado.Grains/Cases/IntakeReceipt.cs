namespace Asivado.Grains.Cases;

/// <param name="Created">False when this was a retry of an earlier submission.</param>
/// <param name="Case">The case, unless the caller asked for the receipt only.</param>
public sealed record IntakeReceipt(string CaseId, bool Created, CaseView? Case);
