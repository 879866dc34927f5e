using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Asivado.Durability.Gateway;

/// <summary>
/// Writes an organisation configuration (format: src/Asivado.Grains/Organisation/Configuration/README.md)
/// with one department (or several alike), open around the clock in UTC so that no result depends on the hour
/// a run starts. Each department has its own agent, lead and manager ("{departmentId}-agent", …), so that no
/// person's grain is shared between departments.
/// </summary>
public static class OrganisationFile
{
    public const string DepartmentId = "intake";
    public const string CustomerServicePolicyId = "asivado-customer-service";
    public const string AncsPolicyId = "ancs-12356";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="acknowledgeBudget">
    /// When set, the department overrides the "acknowledge" target to a wall-clock budget of this length and the
    /// escalation ladder to its breach rung only (so that each case has one escalation to count); otherwise the
    /// seed policies apply unchanged.
    /// </param>
    /// <param name="withAncsPolicy">Also apply ANCS 12356 (calls, hold, voicemail, written replies).</param>
    /// <param name="departments">How many departments alike (see <see cref="DepartmentIdOf"/>).</param>
    public static async Task<string> WriteAsync(string folder, TimeSpan? acknowledgeBudget, bool withAncsPolicy, int departments = 1, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, "organisation.json");
        var json = Build(acknowledgeBudget, withAncsPolicy, departments).ToJsonString(Indented);
        await File.WriteAllTextAsync(path, json, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>The id of department <paramref name="number"/> (1-based): <see cref="DepartmentId"/>, then "intake-2", "intake-3"…</summary>
    public static string DepartmentIdOf(int number) =>
        number == 1 ? DepartmentId : string.Create(CultureInfo.InvariantCulture, $"{DepartmentId}-{number}");

    public static JsonObject Build(TimeSpan? acknowledgeBudget, bool withAncsPolicy, int departments = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(departments);
        var list = new JsonArray();
        var people = new JsonArray();
        for (var number = 1; number <= departments; number++)
        {
            var id = DepartmentIdOf(number);
            list.Add(Department(id, acknowledgeBudget, withAncsPolicy));
            people.Add(Person($"{id}-agent", id, "Agent", 3));
            people.Add(Person($"{id}-lead", id, "Lead", 2));
            people.Add(Person($"{id}-manager", id, "Manager", 1));
        }

        return new JsonObject
        {
            ["calendars"] = new JsonArray(new JsonObject
            {
                ["id"] = "always-open",
                ["timeZone"] = "Etc/UTC",
                ["weeklyHours"] = new JsonArray(new JsonObject
                {
                    ["days"] = new JsonArray("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                    ["start"] = "00:00",
                    ["end"] = "24:00",
                }),
            }),
            ["departments"] = list,
            ["people"] = people,
        };
    }

    private static JsonObject Department(string id, TimeSpan? acknowledgeBudget, bool withAncsPolicy)
    {
        var policies = new JsonArray(CustomerServicePolicyId);
        if (withAncsPolicy)
        {
            policies.Add(AncsPolicyId);
        }

        var department = new JsonObject
        {
            ["id"] = id,
            ["name"] = id,
            ["calendar"] = "always-open",
            ["policies"] = policies,
            ["leads"] = new JsonArray($"{id}-lead"),
            ["manager"] = $"{id}-manager",
        };
        if (acknowledgeBudget is { } budget)
        {
            department["overrides"] = new JsonObject
            {
                [CustomerServicePolicyId] = new JsonObject
                {
                    ["targets"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "acknowledge",
                        ["clock"] = "WallClock",
                        ["budget"] = new JsonObject { ["time"] = IsoSeconds(budget) },
                    }),
                    ["escalation"] = new JsonObject
                    {
                        ["rules"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "breach",
                            ["level"] = "Breach",
                            ["percentOfBudget"] = 100,
                            ["recipients"] = new JsonArray("Assignee", "DepartmentLead"),
                        }),
                    },
                },
            };
        }

        return department;
    }

    private static JsonObject Person(string id, string departmentId, string role, int capacity) => new()
    {
        ["id"] = id,
        ["name"] = id,
        ["department"] = departmentId,
        ["role"] = role,
        ["capacity"] = capacity,
    };

    private static string IsoSeconds(TimeSpan budget) =>
        string.Create(CultureInfo.InvariantCulture, $"PT{budget.TotalSeconds:0.###}S");
}
