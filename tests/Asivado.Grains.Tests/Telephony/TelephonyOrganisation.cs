namespace Asivado.Grains.Tests.Telephony;

/// <summary>The test organisation's billing and support departments as an organisation file, with a billing override of the ring length.</summary>
internal static class TelephonyOrganisation
{
    public static string WithRingLength(string ringLength) => $$"""
        {
          "calendars": [ { "id": "london", "timeZone": "Europe/London",
                           "weeklyHours": [ { "days": ["Monday","Tuesday","Wednesday","Thursday","Friday"], "start": "09:00", "end": "17:00" } ] } ],
          "departments": [
            { "id": "billing", "name": "Billing", "calendar": "london", "policies": ["asivado-customer-service", "ancs-12356"],
              "overrides": { "ancs-12356": { "ringLength": "{{ringLength}}" } }, "leads": ["lena"], "manager": "maria" },
            { "id": "support", "name": "Support", "calendar": "london", "policies": ["asivado-customer-service", "ancs-12356"], "leads": ["sam"] }
          ],
          "people": [
            { "id": "alice", "name": "Alice Adams", "department": "billing", "role": "agent", "capacity": 3 },
            { "id": "bob", "name": "Bob Brown", "department": "billing", "role": "agent", "capacity": 3 },
            { "id": "lena", "name": "Lena Lead", "department": "billing", "role": "lead", "capacity": 2 },
            { "id": "maria", "name": "Maria Manager", "department": "billing", "role": "manager", "capacity": 1 },
            { "id": "carl", "name": "Carl Clark", "department": "support", "role": "agent", "capacity": 3 },
            { "id": "sam", "name": "Sam Stone", "department": "support", "role": "lead", "capacity": 2 }
          ]
        }
        """;
}
