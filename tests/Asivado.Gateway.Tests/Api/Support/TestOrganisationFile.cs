namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>
/// The small organisation the API tests load through "Organisation:File": calendar "london" (Europe/London,
/// Monday to Friday 09:00–17:00), departments billing (agents alice and bob, lead lena) and support (agent carl,
/// lead sam), manager maria for both; both seed policies.
/// </summary>
public static class TestOrganisationFile
{
    public const string Json = """
        {
          "calendars": [
            { "id": "london", "version": 1, "timeZone": "Europe/London",
              "weeklyHours": [ { "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "start": "09:00", "end": "17:00" } ] }
          ],
          "departments": [
            { "id": "billing", "name": "Billing", "calendar": "london", "policies": ["asivado-customer-service", "ancs-12356"],
              "leads": ["lena"], "manager": "maria" },
            { "id": "support", "name": "Support", "calendar": "london", "policies": ["asivado-customer-service", "ancs-12356"],
              "leads": ["sam"], "manager": "maria" }
          ],
          "people": [
            { "id": "alice", "name": "Alice Adams", "department": "billing", "role": "agent", "capacity": 3 },
            { "id": "bob", "name": "Bob Brown", "department": "billing", "role": "agent", "capacity": 3 },
            { "id": "lena", "name": "Lena Lead", "department": "billing", "role": "lead", "capacity": 2 },
            { "id": "carl", "name": "Carl Clark", "department": "support", "role": "agent", "capacity": 3 },
            { "id": "sam", "name": "Sam Stone", "department": "support", "role": "lead", "capacity": 2 },
            { "id": "maria", "name": "Maria Manager", "department": "billing", "role": "manager", "capacity": 1 }
          ]
        }
        """;

    /// <summary>Writes the file to a fresh temporary path and returns it; the caller deletes it.</summary>
    public static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"asivado-api-tests-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json);
        return path;
    }
}
