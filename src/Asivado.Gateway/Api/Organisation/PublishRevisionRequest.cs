using System.Text.Json;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation.Revisions;

namespace Asivado.Gateway.Api.Organisation;

/// <summary>
/// POST /api/organisation/revisions: exactly one of a policy revision (the domain's policy format), a department's
/// overrides of one of its policies (<c>{departmentId, policyId, revision, ringLength?, targets[], escalation?}</c>) or a
/// calendar version (the organisation file's calendar format). The document is checked by the grain against the
/// organisation as it is; its errors are named from these fields ("policy.targets[0].budget.time").
/// </summary>
public sealed record PublishRevisionRequest(JsonElement? Policy, JsonElement? DepartmentOverride, JsonElement? Calendar)
{
    private static readonly string Fields = string.Join(", ", Enum.GetValues<RevisionKind>().Select(RevisionDocument.FieldOf));

    public void Validate(ValidationErrors errors)
    {
        var given = Given().ToList();
        if (given.Count != 1)
        {
            errors.Add("body", $"must have exactly one of {Fields}");
            return;
        }

        var (kind, document) = given[0];
        if (document.ValueKind != JsonValueKind.Object)
        {
            errors.Add(RevisionDocument.FieldOf(kind), "must be a JSON object");
        }
    }

    /// <summary>The revision to publish; call after <see cref="Validate"/> found nothing.</summary>
    public RevisionDocument ToDocument()
    {
        var (kind, document) = Given().Single();
        return new RevisionDocument(kind, document.GetRawText());
    }

    private IEnumerable<(RevisionKind Kind, JsonElement Document)> Given()
    {
        if (Policy is { } policy)
        {
            yield return (RevisionKind.Policy, policy);
        }

        if (DepartmentOverride is { } departmentOverride)
        {
            yield return (RevisionKind.DepartmentOverride, departmentOverride);
        }

        if (Calendar is { } calendar)
        {
            yield return (RevisionKind.Calendar, calendar);
        }
    }
}
