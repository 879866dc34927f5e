using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>The organisation's current revision: every department's calendar and effective policies, and what was published.</summary>
/// <param name="Revision">The last published revision's number (0: the configuration as loaded).</param>
public sealed record OrganisationRevisionsView(
    long Revision,
    IReadOnlyList<DepartmentRevisionView> Departments,
    IReadOnlyList<PublishedRevisionSummary> Published);

public sealed record DepartmentRevisionView(string DepartmentId, CalendarReference Calendar, IReadOnlyList<PolicyReference> Policies);

/// <summary>A published revision without its document.</summary>
public sealed record PublishedRevisionSummary(
    long Number,
    RevisionKind Kind,
    string Reference,
    NodaTime.Instant PublishedAt,
    string PublishedBy,
    IReadOnlyList<string> DepartmentIds,
    string JobId)
{
    public static PublishedRevisionSummary Of(PublishedRevision revision) => new(
        revision.Number, revision.Kind, revision.Reference, revision.PublishedAt, revision.PublishedBy, revision.DepartmentIds, revision.JobId);
}
