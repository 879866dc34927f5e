using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Forecast.Benchmarks;

/// <summary>
/// One department, "desk": calendar Europe/London Monday to Friday 09:00–17:00, both seed policies (an e-mail's written
/// reply is due in 2 business hours), agents agent-1..agent-N, and a lead who takes no work.
/// </summary>
internal static class DeskOrganisation
{
    public const string DepartmentId = "desk";
    public const string LeadId = "lead";

    public static readonly CalendarReference London = new("london", 1);

    public static IReadOnlyList<string> AgentIds(int agents) => [.. Enumerable.Range(1, agents).Select(i => $"agent-{i}")];

    public static OrganisationDirectory Create(int agents, int capacity)
    {
        var calendars = new CalendarCatalog();
        calendars.Publish(new BusinessCalendarDefinition(
            London.CalendarId,
            London.Version,
            "Europe/London",
            [.. Enumerable.Range(1, 5).Select(d => new OpeningInterval((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))],
            []));
        var ids = AgentIds(agents);
        var department = new DepartmentDefinition(
            DepartmentId,
            "Desk",
            London,
            [new PolicyReference(DefaultPolicies.CustomerServiceStandardId, 1), new PolicyReference(DefaultPolicies.Ancs12356Id, 1)],
            [.. ids, LeadId],
            [LeadId],
            null);
        return new OrganisationDirectory(
            [department],
            [.. ids.Select(id => new PersonDefinition(id, id, DepartmentId, StaffRole.Agent, capacity)), new PersonDefinition(LeadId, "Lead", DepartmentId, StaffRole.Lead, 1)],
            PolicyCatalog.WithDefaults(),
            calendars);
    }
}
