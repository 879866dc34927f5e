using System.Text.Json.Nodes;
using Asivado.Grains.Organisation.Configuration;
using Xunit;

namespace Asivado.Grains.Tests.Organisation;

/// <summary>Every invalid document fails with the JSON path of the field at fault.</summary>
public sealed class OrganisationValidationTests
{
    public static TheoryData<string, string> Broken() => new()
    {
        { Change(d => Department(d, 1)["calendar"] = "nowhere"), "departments[1].calendar" },
        { Change(d => Department(d, 0)["policies"]!.AsArray().Add("no-such-policy")), "departments[0].policies[2]" },
        { Change(d => Department(d, 0)["policies"]!.AsArray().Add("ancs-12356")), "departments[0].policies[2]" },
        { Change(d => Department(d, 0)["policies"] = new JsonArray()), "departments[0].policies" },
        { Change(d => Department(d, 1)["leads"]![0] = "nobody"), "departments[1].leads[0]" },
        { Change(d => Department(d, 0)["manager"] = "nobody"), "departments[0].manager" },
        { Change(d => Department(d, 0)["leads"]!.AsArray().Add("lena")), "departments[0].leads[1]" },
        { Change(d => Department(d, 1)["id"] = "billing"), "departments[1].id" },
        { Change(d => Department(d, 1)["id"] = "has space"), "departments[1].id" },
        { Change(d => Department(d, 0).Remove("name")), "departments[0].name" },
        { Change(d => Department(d, 0)["colour"] = "red"), "departments[0].colour" },
        { Change(d => Person(d, 2)["id"] = "alice"), "people[2].id" },
        { Change(d => Person(d, 0)["capacity"] = 0), "people[0].capacity" },
        { Change(d => Person(d, 0)["capacity"] = 1.5), "people[0].capacity" },
        { Change(d => Person(d, 1)["role"] = "boss"), "people[1].role" },
        { Change(d => Person(d, 1)["role"] = "2"), "people[1].role" },
        { Change(d => Person(d, 3)["department"] = "marketing"), "people[3].department" },
        { Change(d => Person(d, 0).Remove("name")), "people[0].name" },
        { Change(d => Person(d, 0)["email"] = "alice@example.com"), "people[0].email" },
        { Change(d => Calendar(d, 0)["weeklyHours"]![0]!["start"] = "9am"), "calendars[0].weeklyHours[0].start" },
        { Change(d => Calendar(d, 0)["weeklyHours"]![0]!["start"] = "24:00"), "calendars[0].weeklyHours[0].start" },
        { Change(d => Calendar(d, 0)["weeklyHours"]![0]!["end"] = "08:00"), "calendars[0].weeklyHours[0].end" },
        { Change(d => Calendar(d, 0)["weeklyHours"]![0]!["days"]![1] = "Funday"), "calendars[0].weeklyHours[0].days[1]" },
        { Change(d => Calendar(d, 0)["weeklyHours"]![0]!["days"]![1] = "Monday"), "calendars[0].weeklyHours[0].days[1]" },
        { Change(d => Calendar(d, 0)["weeklyHours"] = new JsonArray()), "calendars[0].weeklyHours" },
        { Change(d => Calendar(d, 1)["timeZone"] = "Mars/Olympus_Mons"), "calendars[1].timeZone" },
        { Change(d => Calendar(d, 1)["id"] = "head-office"), "calendars[1].id" },
        { Change(d => Calendar(d, 1)["businessDayLength"] = "PT0S"), "calendars[1].businessDayLength" },
        { Change(d => Calendar(d, 1)["businessDayLength"] = "P1M"), "calendars[1].businessDayLength" },
        { Change(d => Calendar(d, 0)["holidays"]![0]!["date"] = "25/12/2026"), "calendars[0].holidays[0].date" },
        { Change(d => Calendar(d, 0)["holidays"]![1]!.AsObject().Remove("closedUntil")), "calendars[0].holidays[1].closedUntil" },
        { Change(d => Calendar(d, 0)["holidays"]![1]!.AsObject().Remove("closedFrom")), "calendars[0].holidays[1].closedFrom" },
        { Change(d => Calendar(d, 0)["holidays"]![1]!["closedUntil"] = "12:00"), "calendars[0].holidays[1].closedUntil" },
        { Change(d => Calendar(d, 0)["version"] = 0), "calendars[0].version" },
        { Change(d => Policy(d, 0)["targets"]![0]!["budget"] = new JsonObject { ["rings"] = 2, ["time"] = "PT1M" }), "policies[0].targets[0].budget" },
        { Change(d => Policy(d, 0)["targets"]![0]!["clock"] = "Sundial"), "policies[0].targets[0].clock" },
        { Change(d => { Policy(d, 0)["id"] = "ancs-12356"; Policy(d, 0)["revision"] = 1; }), "policies[0].revision" },
        { Change(d => Overrides(d)["targets"]![0]!["id"] = "no-such-target"), "departments[0].overrides.ancs-12356.targets[0].id" },
        { Change(d => Overrides(d)["ringLength"] = "six seconds"), "departments[0].overrides.ancs-12356.ringLength" },
        { Change(d => Overrides(d)["departmentId"] = "billing"), "departments[0].overrides.ancs-12356.departmentId" },
        { Change(d => Department(d, 0)["overrides"]!["vip-lines"] = new JsonObject()), "departments[0].overrides.vip-lines" },
        { Change(d => d.Remove("people")), "people" },
        { Change(d => d["staff"] = new JsonArray()), "staff" },
        { "{ \"calendars\": [ }", "$" },
        { "[]", "$" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void An_invalid_document_names_the_field(string json, string field)
    {
        var error = Assert.Throws<OrganisationFormatException>(() => OrganisationJson.Parse(json));

        Assert.Equal(field, error.Field);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("age", 41)]
    [InlineData("race", "any")]
    [InlineData("gender", "any")]
    [InlineData("ethnicity", "any")]
    [InlineData("religion", "any")]
    [InlineData("disability", "any")]
    [InlineData("dateOfBirth", "1985-02-01")]
    public void A_person_with_a_protected_characteristic_cannot_be_loaded(string field, object value)
    {
        var json = Change(d => Person(d, 0)[field] = value is int number ? JsonValue.Create(number) : JsonValue.Create((string)value));

        var error = Assert.Throws<OrganisationFormatException>(() => OrganisationJson.Parse(json));

        Assert.Equal($"people[0].{field}", error.Field);
        Assert.Contains("service is the same for everyone", error.Detail, StringComparison.Ordinal);
    }

    private static string Change(Action<JsonObject> change) => OrganisationDocuments.With(change);

    private static JsonObject Department(JsonObject document, int index) => document["departments"]![index]!.AsObject();

    private static JsonObject Person(JsonObject document, int index) => document["people"]![index]!.AsObject();

    private static JsonObject Calendar(JsonObject document, int index) => document["calendars"]![index]!.AsObject();

    private static JsonObject Policy(JsonObject document, int index) => document["policies"]![index]!.AsObject();

    private static JsonObject Overrides(JsonObject document) => Department(document, 0)["overrides"]!["ancs-12356"]!.AsObject();
}
