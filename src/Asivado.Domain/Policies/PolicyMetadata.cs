using NodaTime;

namespace Asivado.Domain.Policies;

/// <summary>The document control block the seed policies carry (e.g. "Policy No: ANCS 12356").</summary>
public sealed record PolicyMetadata(
    string Title,
    string? Number = null,
    string? ApprovedBy = null,
    LocalDate? DateIssued = null,
    string? RevisedBy = null,
    LocalDate? LastRevision = null);
