namespace Asivado.Grains.Cases;

/// <param name="Created">False when this was a retry of an earlier submission.</param>
public sealed record IntakeReceipt(string CaseId, bool Created, CaseView Case);
