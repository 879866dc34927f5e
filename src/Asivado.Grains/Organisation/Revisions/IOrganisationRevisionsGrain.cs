using Asivado.Grains.Common;
using Orleans.Concurrency;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>
/// The organisation's published revisions (one grain, key <see cref="Key"/>), durable on the configured grain storage.
/// Publishing checks the document against the organisation as it is (a refusal names the field and changes nothing),
/// stores it, applies it to this silo's directory and starts the job that re-applies it to the open cases.
/// </summary>
public interface IOrganisationRevisionsGrain : IGrainWithStringKey
{
    public const string Key = "organisation";

    Task<GrainResult<PublishedRevisionSummary>> Publish(RevisionDocument document, Actor by);

    [ReadOnly]
    Task<OrganisationRevisionsView> GetCurrent();

    /// <summary>Every revision with a number greater than <paramref name="after"/>, in order (what a silo has yet to apply).</summary>
    [ReadOnly]
    Task<IReadOnlyList<PublishedRevision>> GetSince(long after);
}
