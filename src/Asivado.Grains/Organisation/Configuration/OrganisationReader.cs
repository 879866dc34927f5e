using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>
/// Builds the directory from a parsed configuration document, validating cross-references as it goes:
/// calendars first, then policies (the two seed policies plus extra ones), people, and departments
/// (their effective policies with overrides applied are published in the catalog).
/// </summary>
internal sealed class OrganisationReader
{
    private static readonly string[] RootFields = ["calendars", "policies", "departments", "people", "acknowledgements"];
    private static readonly string[] DepartmentFields = ["id", "name", "calendar", "policies", "overrides", "leads", "manager"];

    private readonly CalendarCatalog _calendars = new();
    private readonly PolicyCatalog _policies = PolicyCatalog.WithDefaults();

    private OrganisationReader()
    {
    }

    public static OrganisationDirectory Read(ConfigField root)
    {
        root.OnlyFields(RootFields);
        var reader = new OrganisationReader();
        reader.ReadCalendars(root.Required("calendars"));
        reader.ReadPolicies(root.Optional("policies"));
        var departmentFields = root.Required("departments").Items();
        var departmentIds = DepartmentIds(departmentFields);
        var people = PeopleReader.Read(root.Required("people"), departmentIds);
        var peopleIds = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var departments = departmentFields.Select(d => reader.ReadDepartment(d, people, peopleIds)).ToList();
        var (templates, language) = AcknowledgementsReader.Read(root.Optional("acknowledgements"));
        return new OrganisationDirectory(departments, people, reader._policies, reader._calendars, templates, language);
    }

    private static HashSet<string> DepartmentIds(IReadOnlyList<ConfigField> departments)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            department.OnlyFields(DepartmentFields);
            var id = department.Required("id");
            if (!ids.Add(id.Id()))
            {
                throw ConfigField.Error(id.Path, $"department id '{id.Id()}' appears more than once");
            }
        }

        return ids;
    }

    private void ReadCalendars(ConfigField calendars)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in calendars.Items())
        {
            var definition = CalendarReader.Read(field);
            if (!ids.Add(definition.CalendarId))
            {
                throw ConfigField.Error(field.Required("id").Path, $"calendar id '{definition.CalendarId}' appears more than once");
            }

            try
            {
                _calendars.Publish(definition);
            }
            catch (CalendarDefinitionException e)
            {
                throw ConfigField.Error(field.Nested(e.Field), e.Message, e);
            }
        }
    }

    private void ReadPolicies(ConfigField? policies)
    {
        foreach (var field in policies?.Items() ?? [])
        {
            try
            {
                _policies.Publish(PolicyJson.ParsePolicy(field.Element.GetRawText()));
            }
            catch (PolicyFormatException e)
            {
                throw ConfigField.Error(field.Nested(e.Field), e.Message, e);
            }
        }
    }

    private DepartmentDefinition ReadDepartment(ConfigField department, IReadOnlyList<PersonDefinition> people, HashSet<string> peopleIds)
    {
        var id = department.Required("id").Id();
        var calendarField = department.Required("calendar");
        var calendarId = calendarField.String();
        CalendarReference calendar;
        try
        {
            calendar = _calendars.Latest(calendarId).Reference;
        }
        catch (KeyNotFoundException)
        {
            throw ConfigField.Error(calendarField.Path, $"calendar '{calendarId}' is not defined in calendars");
        }

        var overrides = ReadOverrides(department.Optional("overrides"), id);
        var policyIds = new List<string>();
        var references = new List<PolicyReference>();
        var sources = new List<DepartmentPolicySource>();
        foreach (var item in department.Required("policies").Items())
        {
            var policyId = item.String();
            if (policyIds.Contains(policyId))
            {
                throw ConfigField.Error(item.Path, $"policy '{policyId}' is listed more than once");
            }

            policyIds.Add(policyId);
            var change = overrides.TryGetValue(policyId, out var found) ? found : ((ConfigField, DepartmentPolicyOverrides)?)null;
            references.Add(EffectivePolicy(item, policyId, change));
            sources.Add(new DepartmentPolicySource(policyId, change?.Item2));
        }

        if (references.Count == 0)
        {
            throw ConfigField.Error(department.Required("policies").Path, "must list at least one policy");
        }

        foreach (var (policyId, (field, _)) in overrides)
        {
            if (!policyIds.Contains(policyId))
            {
                throw ConfigField.Error(field.Path, $"policy '{policyId}' is not one of the department's policies");
            }
        }

        return new DepartmentDefinition(
            id,
            department.Required("name").String(),
            calendar,
            references,
            [.. people.Where(p => p.DepartmentId == id).Select(p => p.Id)],
            ReadPeopleReferences(department.Optional("leads"), peopleIds),
            department.Optional("manager") is { } manager ? PersonReference(manager, peopleIds) : null,
            sources);
    }

    private PolicyReference EffectivePolicy(ConfigField item, string policyId, (ConfigField Field, DepartmentPolicyOverrides Overrides)? change)
    {
        PolicyDocument basePolicy;
        try
        {
            basePolicy = _policies.Latest(policyId);
        }
        catch (KeyNotFoundException)
        {
            throw ConfigField.Error(item.Path, $"policy '{policyId}' is neither a seed policy nor defined in policies");
        }

        if (change is null)
        {
            return basePolicy.Reference;
        }

        var (field, overrides) = change.Value;

        try
        {
            return _policies.Publish(overrides.ApplyTo(basePolicy)).Reference;
        }
        catch (PolicyFormatException e)
        {
            throw ConfigField.Error(field.Nested(e.Field), e.Message, e);
        }
    }

    /// <summary>Each entry is the domain's override format without "departmentId" (implied); "revision" defaults to 1.</summary>
    private static Dictionary<string, (ConfigField Field, DepartmentPolicyOverrides Overrides)> ReadOverrides(ConfigField? overrides, string departmentId)
    {
        var result = new Dictionary<string, (ConfigField, DepartmentPolicyOverrides)>(StringComparer.Ordinal);
        foreach (var (policyId, field) in overrides?.Properties() ?? [])
        {
            if (field.Optional("departmentId") is { } misplaced)
            {
                throw ConfigField.Error(misplaced.Path, "must not be set: the department is the one the overrides are listed under");
            }

            var node = JsonNode.Parse(field.Element.GetRawText())!.AsObject();
            node["departmentId"] = departmentId;
            node["revision"] ??= 1;
            try
            {
                result[policyId] = (field, PolicyJson.ParseOverrides(node.ToJsonString()));
            }
            catch (PolicyFormatException e)
            {
                throw ConfigField.Error(field.Nested(e.Field), e.Message, e);
            }
        }

        return result;
    }

    private static IReadOnlyList<string> ReadPeopleReferences(ConfigField? list, HashSet<string> peopleIds)
    {
        var ids = new List<string>();
        foreach (var item in list?.Items() ?? [])
        {
            var id = PersonReference(item, peopleIds);
            if (ids.Contains(id))
            {
                throw ConfigField.Error(item.Path, $"'{id}' is listed more than once");
            }

            ids.Add(id);
        }

        return ids;
    }

    private static string PersonReference(ConfigField field, HashSet<string> peopleIds)
    {
        var id = field.String();
        return peopleIds.Contains(id) ? id : throw ConfigField.Error(field.Path, $"'{id}' is not a person in people");
    }
}
