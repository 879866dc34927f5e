using Asivado.Simulate;

namespace Asivado.Simulate.Tests;

public sealed class DraftTests
{
    [Fact]
    public void A_draft_adds_people_to_the_organisation_and_gives_them_shifts()
    {
        var draft = SimulationInputs.Draft("""
            { "name": "more", "organisation": "demo",
              "addPeople": [ { "id": "zoe", "name": "Zoe Extra", "department": "customer-care", "role": "agent", "capacity": 2 } ],
              "shifts": [ { "personId": "zoe", "days": ["Monday"], "from": "09:00", "to": "13:00" } ],
              "handlingMinutes": { "Complaint": 45 } }
            """);

        Assert.Equal("customer-care", draft.Organisation.FindPerson("zoe")!.DepartmentId);
        Assert.Equal(NodaTime.Duration.FromMinutes(45), draft.HandlingOf(Domain.Cases.CaseKind.Complaint));
        Assert.Equal(NodaTime.Duration.FromMinutes(30), draft.HandlingOf(Domain.Cases.CaseKind.Question));
    }

    [Theory]
    [InlineData("""{ "name": "x", "shifts": [ { "personId": "nobody", "days": ["Monday"], "from": "09:00", "to": "17:00" } ] }""", "draft.json.shifts[0].personId", "not a person")]
    [InlineData("""{ "name": "x", "shifts": [ { "personId": "ada", "days": ["Monday"], "from": "17:00", "to": "09:00" } ] }""", "draft.json.shifts[0].to", "after from")]
    [InlineData("""{ "name": "x", "shifts": [ { "personId": "ada", "days": ["Someday"], "from": "09:00", "to": "17:00" } ] }""", "draft.json.shifts[0].days[0]", "Monday")]
    [InlineData("""{ "name": "x", "shifts": [], "handlingMinutes": { "Chat": 5 } }""", "draft.json.handlingMinutes.Chat", "allowed: Complaint")]
    [InlineData("""{ "name": "x", "organisation": "missing.json", "shifts": [] }""", "draft.json.organisation", "does not exist")]
    [InlineData("""{ "shifts": [] }""", "draft.json.name", "required")]
    public void A_draft_that_cannot_be_run_is_refused_naming_the_field(string json, string field, string detail)
    {
        var error = Assert.Throws<SimulationInputException>(() => SimulationInputs.Draft(json));

        Assert.Equal(field, error.Field);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--out", "folder" }, "--day")]
    [InlineData(new[] { "--draft", "missing.json" }, "--draft")]
    [InlineData(new[] { "--day" }, "--day")]
    [InlineData(new[] { "--days", "x" }, "--days")]
    public void A_command_line_that_cannot_be_run_is_refused_naming_the_option(string[] args, string option)
    {
        var error = Assert.Throws<SimulationInputException>(() => SimulationArguments.Parse(args));

        Assert.Equal(option, error.Field);
    }
}
