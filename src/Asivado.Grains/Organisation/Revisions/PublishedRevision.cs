using NodaTime;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>
/// One published revision of the organisation, as kept by <see cref="IOrganisationRevisionsGrain"/>: numbered from 1 in
/// publishing order, with the document as submitted (every silo re-reads it to apply it), the departments it reached
/// and the job that re-applies it to their open cases.
/// </summary>
/// <param name="Reference">The revision's own id, e.g. "asivado-customer-service@r2" or "london@v2".</param>
public sealed record PublishedRevision(
    long Number,
    RevisionKind Kind,
    string Reference,
    string Document,
    Instant PublishedAt,
    string PublishedBy,
    IReadOnlyList<string> DepartmentIds,
    string JobId);
