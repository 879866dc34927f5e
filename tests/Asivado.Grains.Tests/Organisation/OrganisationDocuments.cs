using System.Text.Json.Nodes;

namespace Asivado.Grains.Tests.Organisation;

/// <summary>A valid organisation document for tests to read as is or break one field of.</summary>
internal static class OrganisationDocuments
{
    public const string Valid = """
        {
          "calendars": [
            { "id": "head-office", "version": 1, "timeZone": "Europe/London",
              "weeklyHours": [ { "days": ["Monday","Tuesday","Wednesday","Thursday","Friday"], "start": "09:00", "end": "17:00" } ],
              "holidays": [ { "date": "2026-12-25", "name": "Christmas Day" },
                            { "date": "2026-12-24", "name": "Christmas Eve", "closedFrom": "13:00", "closedUntil": "17:00" } ],
              "businessDayLength": null },
            { "id": "night-desk", "timeZone": "Europe/Dublin",
              "weeklyHours": [ { "days": ["Saturday"], "start": "20:00", "end": "24:00" } ],
              "businessDayLength": "PT2H" }
          ],
          "policies": [
            { "id": "vip-lines", "revision": 2, "metadata": { "title": "VIP lines" },
              "targets": [ { "id": "answer-call", "title": "Answered within 2 rings", "budget": { "rings": 2 }, "clock": "WallClock",
                             "channels": ["Phone"], "kinds": ["Complaint", "Question"] } ] }
          ],
          "departments": [
            { "id": "billing", "name": "Billing", "calendar": "head-office",
              "policies": ["asivado-customer-service", "ancs-12356"],
              "overrides": { "ancs-12356": { "revision": 3, "ringLength": "PT5S",
                                             "targets": [ { "id": "return-voicemail", "clock": "WallClock" } ] } },
              "leads": ["lena"], "manager": "maria" },
            { "id": "support", "name": "Support", "calendar": "night-desk",
              "policies": ["vip-lines"], "leads": ["sam"] }
          ],
          "people": [
            { "id": "alice", "name": "Alice Adams", "department": "billing", "role": "agent", "capacity": 3 },
            { "id": "lena", "name": "Lena Lead", "department": "billing", "role": "Lead", "capacity": 2 },
            { "id": "maria", "name": "Maria Manager", "department": "billing", "role": "manager", "capacity": 1 },
            { "id": "sam", "name": "Sam Stone", "department": "support", "role": "lead", "capacity": 2 }
          ]
        }
        """;

    public static JsonObject ValidNode() => JsonNode.Parse(Valid)!.AsObject();

    /// <summary>The valid document after <paramref name="change"/>.</summary>
    public static string With(Action<JsonObject> change)
    {
        var document = ValidNode();
        change(document);
        return document.ToJsonString();
    }
}
