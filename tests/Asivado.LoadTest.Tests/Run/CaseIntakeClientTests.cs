using System.Text.Json;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Run;

public sealed class CaseIntakeClientTests
{
    private static readonly LoadOrganisation Organisation = OrganisationGenerator.Generate(new OrganisationSettings { Departments = 2 });

    [Fact]
    public void Requests_cycle_through_departments_and_channels_and_give_every_channel_every_kind()
    {
        var intake = new IntakeSettings { RatePerSecond = 1, Channels = ["Email", "Phone", "Visit"], Kinds = ["Question", "Complaint"] };

        var requests = Enumerable.Range(0, 6).Select(index => CaseIntakeClient.RequestFor(Organisation, intake, index)).ToList();

        Assert.Equal(["lt-1", "lt-2", "lt-1", "lt-2", "lt-1", "lt-2"], requests.Select(request => request.DepartmentId));
        Assert.Equal(
            ["Email/Question", "Phone/Question", "Visit/Question", "Email/Complaint", "Phone/Complaint", "Visit/Complaint"],
            requests.Select(request => $"{request.Channel}/{request.Kind}"));
        Assert.Equal(new CaseCustomer("Load Test Customer 4", "customer4@loadtest.invalid", "+44 20 00000004"), requests[4].Customer);
    }

    [Fact]
    public void A_created_case_is_read_with_the_due_instant_of_each_deadline()
    {
        using var view = JsonDocument.Parse("""
            { "id": "c-1", "departmentId": "lt-1", "deadlines": [
                { "targetId": "acknowledge", "dueAt": "2026-11-22T10:00:05Z", "explanation": { "ignored": true } },
                { "targetId": "refer", "dueAt": null } ] }
            """);

        var created = CaseIntakeClient.ReadCreated(view.RootElement);

        Assert.Equal("c-1", created.Id);
        Assert.Equal("lt-1", created.DepartmentId);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 5, TimeSpan.Zero), Assert.Single(created.DueAt).Value);
    }

    [Fact]
    public void A_minimal_answer_is_read_with_each_budget_due_from_its_arrival()
    {
        using var answer = JsonDocument.Parse("""{ "id": "C-ABC" }""");
        var arrived = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

        var created = CaseIntakeClient.ReadMinimal(answer.RootElement, "lt-2", new Dictionary<string, TimeSpan> { ["acknowledge"] = TimeSpan.FromSeconds(20) }, arrived);

        Assert.Equal(("C-ABC", "lt-2"), (created.Id, created.DepartmentId));
        Assert.Equal(arrived.AddSeconds(20), Assert.Single(created.DueAt).Value);
    }

    [Fact]
    public void A_201_without_an_id_is_an_intake_error()
    {
        using var view = JsonDocument.Parse("""{ "departmentId": "lt-1" }""");

        var error = Assert.Throws<IntakeFailedException>(() => CaseIntakeClient.ReadCreated(view.RootElement));

        Assert.Equal("201 without an id", error.Reason);
    }
}
