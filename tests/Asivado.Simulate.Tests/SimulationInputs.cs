using Asivado.Simulate;

namespace Asivado.Simulate.Tests;

/// <summary>Small days and drafts written as the files would be.</summary>
internal static class SimulationInputs
{
    public static ContactDay Day(string json) => ContactDay.Read(JsonInput.Parse(json, "day.json"));

    public static Draft Draft(string json) => Simulate.Draft.Read(JsonInput.Parse(json, "draft.json"), Directory.GetCurrentDirectory());

    /// <summary>E-mailed questions to Customer Care, one every <paramref name="minutesApart"/> minutes from 09:00 London time.</summary>
    public static ContactDay Emails(int count, int minutesApart, int hours = 20) => Day($$"""
        {
          "date": "2026-01-05", "timeZone": "Europe/London", "hours": {{hours}},
          "contacts": [{{string.Join(",", Enumerable.Range(0, count).Select(i =>
              $$"""{ "at": "2026-01-05T{{9 + (i * minutesApart / 60):00}}:{{i * minutesApart % 60:00}}:00Z", "departmentId": "customer-care", "channel": "Email", "kind": "Question" }"""))}}]
        }
        """);

    /// <summary>The demo organisation with these agents of Customer Care on shift 09:00-17:00 on Monday.</summary>
    public static Draft Staffing(string name, int questionMinutes, params string[] agents) => Draft($$"""
        {
          "name": "{{name}}",
          "organisation": "demo",
          "shifts": [{{string.Join(",", agents.Select(a => $$"""{ "personId": "{{a}}", "days": ["Monday"], "from": "09:00", "to": "17:00" }"""))}}],
          "handlingMinutes": { "Question": {{questionMinutes}} }
        }
        """);
}
