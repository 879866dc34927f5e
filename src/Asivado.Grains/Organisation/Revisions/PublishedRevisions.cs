using Asivado.Grains.Organisation.Configuration;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>The one way a published revision reaches a silo's directory: re-read against the directory as it is, then applied, in order.</summary>
internal static partial class PublishedRevisions
{
    /// <summary>
    /// Applies those of <paramref name="revisions"/> the directory has not applied. One that can no longer be read (the
    /// organisation file changed under it) is logged and skipped: its number is applied with no change.
    /// </summary>
    public static void ApplyTo(IOrganisationDirectory directory, IEnumerable<PublishedRevision> revisions, ILogger logger)
    {
        foreach (var revision in revisions.OrderBy(r => r.Number))
        {
            if (revision.Number <= directory.Revision)
            {
                continue;
            }

            OrganisationChange change;
            try
            {
                change = RevisionPlanner.Plan(directory, new RevisionDocument(revision.Kind, revision.Document));
            }
            catch (OrganisationFormatException e)
            {
                LogRevisionSkipped(logger, revision.Number, revision.Reference, e.Field);
                change = new OrganisationChange(revision.Reference, [], null, []);
            }

            directory.Apply(revision.Number, change);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Organisation revision {Number} ({Reference}) no longer applies to the organisation as configured (field {Field}); skipped")]
    private static partial void LogRevisionSkipped(ILogger logger, long number, string reference, string field);
}
