using System.Text.Json;
using System.Text.Json.Nodes;
using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using Asivado.Grains.Organisation.Configuration;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>
/// Reads a submitted revision and works out what it changes, against the directory as it is, without changing it.
/// A policy revision reaches every department that uses the policy (its overrides applied to the new revision); an
/// override reaches its department; a calendar version every department on that calendar. Every refusal is an
/// <see cref="OrganisationFormatException"/> naming the field in the request body ("policy.targets[0].budget.time").
/// </summary>
internal static class RevisionPlanner
{
    private const string PolicyIdField = "policyId";

    public static OrganisationChange Plan(IOrganisationDirectory directory, RevisionDocument document)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(document);
        var root = RevisionDocument.FieldOf(document.Kind);
        using var json = Open(document.Json, root);
        var field = new ConfigField(json.RootElement, root);
        return document.Kind switch
        {
            RevisionKind.Policy => PlanPolicy(directory, field),
            RevisionKind.DepartmentOverride => PlanOverride(directory, field),
            RevisionKind.Calendar => PlanCalendar(directory, field),
            _ => throw ConfigField.Error("kind", $"must be one of {string.Join(", ", Enum.GetNames<RevisionKind>())}"),
        };
    }

    private static OrganisationChange PlanPolicy(IOrganisationDirectory directory, ConfigField field)
    {
        var policy = Checked(field, () => PolicyJson.ParsePolicy(field.Element.GetRawText()));
        Checked(field, () => directory.Policies.EnsureNewer(policy));
        var published = new List<PolicyDocument> { policy };
        var departments = new List<DepartmentDefinition>();
        foreach (var department in directory.Departments)
        {
            var sources = department.Sources();
            var index = IndexOf(sources, policy.Id);
            if (index < 0)
            {
                continue;
            }

            var effective = sources[index].Overrides is { } overrides
                ? Checked(field, () => overrides.ApplyTo(policy))
                : policy;
            if (!ReferenceEquals(effective, policy))
            {
                Checked(field, () => directory.Policies.EnsureNewer(effective));
                published.Add(effective);
            }

            departments.Add(WithPolicy(department, index, effective.Reference, sources[index]));
        }

        return new OrganisationChange(policy.Reference.ToString(), published, null, departments);
    }

    private static OrganisationChange PlanOverride(IOrganisationDirectory directory, ConfigField field)
    {
        var departmentField = field.Required("departmentId");
        var department = directory.FindDepartment(departmentField.String())
            ?? throw ConfigField.Error(departmentField.Path, $"must be one of {string.Join(", ", directory.Departments.Select(d => d.Id))}");
        var sources = department.Sources();
        var policyField = field.Required(PolicyIdField);
        var index = IndexOf(sources, policyField.String());
        if (index < 0)
        {
            throw ConfigField.Error(policyField.Path, $"must be one of the department's policies: {string.Join(", ", sources.Select(s => s.BasePolicyId))}");
        }

        // The domain's override format, which names no base policy: the base is the latest revision of policyId.
        var node = JsonNode.Parse(field.Element.GetRawText())!.AsObject();
        node.Remove(PolicyIdField);
        var overrides = Checked(field, () => PolicyJson.ParseOverrides(node.ToJsonString()));
        var basePolicy = directory.Policies.Latest(sources[index].BasePolicyId);
        var effective = Checked(field, () => overrides.ApplyTo(basePolicy));
        Checked(field, () => directory.Policies.EnsureNewer(effective));
        var source = sources[index] with { Overrides = overrides };
        return new OrganisationChange(effective.Reference.ToString(), [effective], null, [WithPolicy(department, index, effective.Reference, source)]);
    }

    private static OrganisationChange PlanCalendar(IOrganisationDirectory directory, ConfigField field)
    {
        var definition = CalendarReader.Read(field);
        Checked(field, () => BusinessCalendar.Create(definition));
        Checked(field, () => directory.Calendars.EnsureNewer(definition));
        var departments = directory.Departments
            .Where(department => department.Calendar.CalendarId == definition.CalendarId)
            .Select(department => department with { Calendar = definition.Reference })
            .ToList();
        return new OrganisationChange(definition.Reference.ToString(), [], definition, departments);
    }

    private static DepartmentDefinition WithPolicy(DepartmentDefinition department, int index, PolicyReference policy, DepartmentPolicySource source)
    {
        var policies = department.Policies.ToList();
        var sources = department.Sources().ToList();
        policies[index] = policy;
        sources[index] = source;
        return department with { Policies = policies, PolicySources = sources };
    }

    private static int IndexOf(IReadOnlyList<DepartmentPolicySource> sources, string basePolicyId)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].BasePolicyId == basePolicyId)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Checked(ConfigField field, Action check) => Checked(field, () =>
    {
        check();
        return true;
    });

    /// <summary>The domain's refusals name a field relative to the document: named here from the request body.</summary>
    private static T Checked<T>(ConfigField field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PolicyFormatException e)
        {
            throw ConfigField.Error(field.Nested(e.Field), StripField(e.Message), e);
        }
        catch (CalendarDefinitionException e)
        {
            throw ConfigField.Error(field.Nested(e.Field), StripField(e.Message), e);
        }
    }

    // "Policy field 'revision': policy 'x' already has ..." → "policy 'x' already has ...".
    private static string StripField(string message)
    {
        var colon = message.IndexOf("': ", StringComparison.Ordinal);
        var text = colon < 0 ? message : message[(colon + 3)..];
        var parameter = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter < 0 ? text : text[..parameter];
    }

    private static JsonDocument Open(string json, string root)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw ConfigField.Error(root, $"is not valid JSON (line {e.LineNumber + 1})", e);
        }
    }
}
