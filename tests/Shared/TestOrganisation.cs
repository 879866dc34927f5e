using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Testing.Organisation;

/// <summary>
/// The organisation the grain, hub and console tests run against (compiled into each of those test projects). Calendar "london": Europe/London, Monday to Friday
/// 09:00–17:00 (an 8-hour business day), no holidays. Both seed policies apply to both departments.
/// billing: agents alice and bob (capacity 3), lead lena (capacity 2), manager maria.
/// support: agent carl (capacity 3), lead sam (capacity 2), manager maria.
/// The test host starts at Monday 2026-01-05 08:00 UTC, an hour before opening.
/// </summary>
public static class TestOrganisation
{
    public static readonly CalendarReference London = new("london", 1);
    public static readonly PolicyReference Standard = new(DefaultPolicies.CustomerServiceStandardId, 1);
    public static readonly PolicyReference Ancs = new(DefaultPolicies.Ancs12356Id, 1);

    public static OrganisationDirectory Create()
    {
        var calendars = new CalendarCatalog();
        calendars.Publish(new BusinessCalendarDefinition(
            London.CalendarId,
            London.Version,
            "Europe/London",
            [.. Enumerable.Range(1, 5).Select(d => new OpeningInterval((IsoDayOfWeek)d, new LocalTime(9, 0), new LocalTime(17, 0)))],
            []));
        var policies = PolicyCatalog.WithDefaults();
        DepartmentDefinition Department(string id, string name, string[] members, string lead) =>
            new(id, name, London, [Standard, Ancs], members, [lead], "maria");
        return new OrganisationDirectory(
            [
                Department("billing", "Billing", ["alice", "bob", "lena"], "lena"),
                Department("support", "Support", ["carl", "sam"], "sam"),
            ],
            [
                new PersonDefinition("alice", "Alice Adams", "billing", StaffRole.Agent, 3),
                new PersonDefinition("bob", "Bob Brown", "billing", StaffRole.Agent, 3),
                new PersonDefinition("lena", "Lena Lead", "billing", StaffRole.Lead, 2),
                new PersonDefinition("carl", "Carl Clark", "support", StaffRole.Agent, 3),
                new PersonDefinition("sam", "Sam Stone", "support", StaffRole.Lead, 2),
                new PersonDefinition("maria", "Maria Manager", "billing", StaffRole.Manager, 1),
            ],
            policies,
            calendars);
    }
}
