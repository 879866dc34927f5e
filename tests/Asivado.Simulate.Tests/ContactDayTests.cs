using Asivado.Simulate;
using NodaTime;

namespace Asivado.Simulate.Tests;

public sealed class ContactDayTests
{
    private const string Generated = """
        {
          "date": "2026-01-05", "timeZone": "Europe/London", "seed": SEED,
          "arrivals": [ { "departmentId": "customer-care", "channel": "Email", "kind": "Question",
            "perHour": [0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } ]
        }
        """;

    [Fact]
    public void A_generated_day_is_the_same_for_the_same_seed_and_only_in_the_hours_with_a_rate()
    {
        var first = SimulationInputs.Day(Generated.Replace("SEED", "3", StringComparison.Ordinal));
        var again = SimulationInputs.Day(Generated.Replace("SEED", "3", StringComparison.Ordinal));
        var other = SimulationInputs.Day(Generated.Replace("SEED", "4", StringComparison.Ordinal));

        Assert.Equal(first.Contacts, again.Contacts);
        Assert.NotEqual(first.Contacts, other.Contacts);
        Assert.InRange(first.Contacts.Count, 20, 60);
        Assert.All(first.Contacts, c => Assert.InRange(c.At.InZone(first.Zone).Hour, 9, 10));
        Assert.Equal(first.Contacts.OrderBy(c => c.At), first.Contacts);
    }

    [Fact]
    public void A_recorded_day_keeps_its_contacts_in_time_order()
    {
        var day = SimulationInputs.Day("""
            { "date": "2026-01-05", "contacts": [
              { "at": "2026-01-05T10:00:00Z", "departmentId": "billing", "channel": "WebTicket", "kind": "Complaint" },
              { "at": "2026-01-05T09:00:00Z", "departmentId": "billing", "channel": "Email", "kind": "Question" } ] }
            """);

        Assert.Equal([Instant.FromUtc(2026, 1, 5, 9, 0), Instant.FromUtc(2026, 1, 5, 10, 0)], day.Contacts.Select(c => c.At));
    }

    [Theory]
    [InlineData("""{ "date": "2026-01-05", "arrivals": [ { "departmentId": "d", "channel": "Email", "kind": "Question", "perHour": [1, 2] } ] }""", "day.json.arrivals[0].perHour", "24 hourly rates")]
    [InlineData("""{ "date": "2026-01-05", "arrivals": [ { "departmentId": "d", "channel": "Fax", "kind": "Question", "perHour": [] } ] }""", "day.json.arrivals[0].channel", "Phone, Visit, Email")]
    [InlineData("""{ "date": "5 Jan", "contacts": [] }""", "day.json.date", "yyyy-MM-dd")]
    [InlineData("""{ "date": "2026-01-05", "timeZone": "Mars/Olympus", "contacts": [] }""", "day.json.timeZone", "IANA")]
    [InlineData("""{ "date": "2026-01-05" }""", "day.json.arrivals", "either arrivals")]
    [InlineData("""{ "date": "2026-01-05", "contacts": [], "rate": 3 }""", "day.json.rate", "allowed: date")]
    [InlineData("""{ "date": "2026-01-05", "contacts": [ { "at": "2026-01-06T09:00:00Z", "departmentId": "d", "channel": "Email", "kind": "Question" } ] }""", "day.json.contacts", "outside the day")]
    public void A_day_that_cannot_be_run_is_refused_naming_the_field(string json, string field, string detail)
    {
        var error = Assert.Throws<SimulationInputException>(() => SimulationInputs.Day(json));

        Assert.Equal(field, error.Field);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }
}
