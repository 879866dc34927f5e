namespace Asivado.Grains.Cases;

/// <param name="Created">False when this was a retry of an earlier submission.</param>
/// <param name="Case">
/// The case: as opened, or for a retry as it was taken in (<see cref="ICaseGrain.TakeIn"/>). Null when the caller asked
/// for the receipt only, or for a retry by someone who may not read the case now.
/// </param>
/// <param name="CustomerVisible">Whether the caller may see the customer's contact details, decided in the grain's turn.</param>
public sealed record IntakeReceipt(string CaseId, bool Created, CaseView? Case, bool CustomerVisible = false);
