using System.Collections.Immutable;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>What <see cref="OrganisationRevisionsGrain"/> persists ("organisation-revisions" state): every published revision, in order.</summary>
public sealed record OrganisationRevisionsState
{
    public ImmutableArray<PublishedRevision> Published { get; init; } = [];
}
