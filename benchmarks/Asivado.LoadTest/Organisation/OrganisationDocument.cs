using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Organisation;

/// <summary>
/// The organisation file the host loads (Organisation:File; format: src/Asivado.Grains/Organisation/Configuration/README.md):
/// one calendar open around the clock in UTC, so business time is wall time and no result depends on the hour a run
/// starts; every department with the scenario's policies and the same overrides.
/// </summary>
public static class OrganisationDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task WriteAsync(LoadOrganisation organisation, string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, Build(organisation), Indented, cancellationToken).ConfigureAwait(false);
    }

    public static JsonObject Build(LoadOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var departments = new JsonArray();
        var people = new JsonArray();
        foreach (var department in organisation.Departments)
        {
            departments.Add(Department(department, organisation));
            foreach (var person in department.Leads.Concat(department.Agents))
            {
                people.Add(Person(person));
            }
        }

        if (organisation.Manager is { } manager)
        {
            people.Add(Person(manager));
        }

        return new JsonObject
        {
            ["calendars"] = new JsonArray(new JsonObject
            {
                ["id"] = LoadOrganisation.CalendarId,
                ["timeZone"] = "Etc/UTC",
                ["weeklyHours"] = new JsonArray(new JsonObject
                {
                    ["days"] = new JsonArray("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                    ["start"] = "00:00",
                    ["end"] = "24:00",
                }),
            }),
            ["departments"] = departments,
            ["people"] = people,
        };
    }

    /// <summary>A budget as the domain writes durations: "PT20S", "PT0.5S".</summary>
    public static string IsoSeconds(TimeSpan budget) => string.Create(CultureInfo.InvariantCulture, $"PT{budget.TotalSeconds:0.###}S");

    private static JsonObject Department(LoadDepartment department, LoadOrganisation organisation)
    {
        var settings = organisation.Settings;
        var json = new JsonObject
        {
            ["id"] = department.Id,
            ["name"] = department.Id,
            ["calendar"] = LoadOrganisation.CalendarId,
            ["policies"] = new JsonArray([.. settings.Policies.Select(policy => JsonValue.Create(policy))]),
            ["leads"] = new JsonArray([.. department.Leads.Select(lead => JsonValue.Create(lead.Id))]),
        };
        if (organisation.Manager is { } manager)
        {
            json["manager"] = manager.Id;
        }

        var overrides = new JsonObject();
        foreach (var policy in settings.Policies)
        {
            if (PolicyOverride(policy, settings) is { } document)
            {
                overrides[policy] = document;
            }
        }

        if (overrides.Count > 0)
        {
            json["overrides"] = overrides;
        }

        return json;
    }

    /// <summary>The domain's department-overrides format without departmentId: changed targets, and the breach-only ladder when asked for.</summary>
    private static JsonObject? PolicyOverride(string policy, OrganisationSettings settings)
    {
        var targets = new JsonArray();
        foreach (var change in settings.Overrides.Where(change => SeedTargets.PolicyOf.GetValueOrDefault(change.Target) == policy))
        {
            targets.Add(new JsonObject
            {
                ["id"] = change.Target,
                ["clock"] = change.Clock.ToString(),
                ["budget"] = new JsonObject { ["time"] = IsoSeconds(change.BudgetDuration!.Value) },
            });
        }

        var breachOnly = settings.Escalation == EscalationLadder.BreachOnly;
        if (targets.Count == 0 && !breachOnly)
        {
            return null;
        }

        var document = new JsonObject { ["targets"] = targets };
        if (breachOnly)
        {
            document["escalation"] = new JsonObject
            {
                ["rules"] = new JsonArray(new JsonObject
                {
                    ["name"] = "breach",
                    ["level"] = "Breach",
                    ["percentOfBudget"] = 100,
                    ["recipients"] = new JsonArray("Assignee", "DepartmentLead"),
                }),
            };
        }

        return document;
    }

    private static JsonObject Person(LoadPerson person) => new()
    {
        ["id"] = person.Id,
        ["name"] = person.Name,
        ["department"] = person.DepartmentId,
        ["role"] = person.Role,
        ["capacity"] = person.Capacity,
    };
}
