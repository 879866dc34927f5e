using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Configuration;
using NodaTime;
using Xunit;

namespace Asivado.Grains.Tests.Organisation;

public sealed class OrganisationJsonTests
{
    private static readonly Instant Monday0900London = Instant.FromUtc(2026, 1, 5, 9, 0);

    [Fact]
    public void Departments_get_their_calendar_members_leads_and_manager()
    {
        var directory = OrganisationJson.Parse(OrganisationDocuments.Valid);

        Assert.Equal(["billing", "support"], directory.Departments.Select(d => d.Id));
        var billing = directory.FindDepartment("billing")!;
        Assert.Equal("Billing", billing.Name);
        Assert.Equal(new CalendarReference("head-office", 1), billing.Calendar);
        Assert.Equal(["alice", "lena", "maria"], billing.MemberIds);
        Assert.Equal(["lena"], billing.LeadIds);
        Assert.Equal("maria", billing.ManagerId);
        var support = directory.FindDepartment("support")!;
        Assert.Equal(new CalendarReference("night-desk", 1), support.Calendar);
        Assert.Equal(["sam"], support.MemberIds);
        Assert.Null(support.ManagerId);
    }

    [Fact]
    public void People_keep_id_name_department_role_and_capacity()
    {
        var directory = OrganisationJson.Parse(OrganisationDocuments.Valid);

        Assert.Equal(new PersonDefinition("alice", "Alice Adams", "billing", StaffRole.Agent, 3), directory.FindPerson("alice"));
        Assert.Equal(new PersonDefinition("lena", "Lena Lead", "billing", StaffRole.Lead, 2), directory.FindPerson("lena"));
        Assert.Equal(StaffRole.Manager, directory.FindPerson("maria")!.Role);
        Assert.Equal(4, directory.People.Count);
    }

    [Fact]
    public void Calendars_keep_hours_part_day_and_whole_day_holidays_and_business_day_length()
    {
        var directory = OrganisationJson.Parse(OrganisationDocuments.Valid);

        var office = directory.Calendars.Get(new CalendarReference("head-office", 1));
        Assert.Equal("Europe/London", office.Zone.Id);
        Assert.Equal(Duration.FromHours(8), office.BusinessDayLength);
        Assert.True(office.IsOpen(Monday0900London));
        Assert.False(office.IsOpen(Monday0900London - Duration.FromTicks(1)));
        Assert.Equal(
            [new Holiday(new LocalDate(2026, 12, 24), "Christmas Eve", new LocalTime(13, 0), new LocalTime(17, 0)), new Holiday(new LocalDate(2026, 12, 25), "Christmas Day")],
            office.Definition.Holidays.OrderBy(h => h.Date));
        Assert.True(office.IsOpen(Instant.FromUtc(2026, 12, 24, 12, 59)));
        Assert.False(office.IsOpen(Instant.FromUtc(2026, 12, 24, 13, 0)));
        Assert.False(office.IsOpen(Instant.FromUtc(2026, 12, 25, 10, 0)));

        var night = directory.Calendars.Get(new CalendarReference("night-desk", 1));
        Assert.Equal(Duration.FromHours(2), night.BusinessDayLength);
        Assert.Equal([new OpeningInterval(IsoDayOfWeek.Saturday, new LocalTime(20, 0), LocalTime.Midnight)], night.Definition.WeeklyHours.ToArray());
    }

    [Fact]
    public void Department_overrides_are_published_as_the_departments_effective_policy()
    {
        var directory = OrganisationJson.Parse(OrganisationDocuments.Valid);

        var billing = directory.FindDepartment("billing")!;
        var effective = new PolicyReference("ancs-12356@r1/billing", 3);
        Assert.Equal([new PolicyReference("asivado-customer-service", 1), effective], billing.Policies);
        var policy = directory.Policies.Get(effective);
        Assert.Equal(Duration.FromSeconds(5), policy.RingLength);
        Assert.Equal(ClockKind.WallClock, policy.Target("return-voicemail").Clock);
        Assert.Equal(ClockKind.BusinessTime, policy.Target("reply-written").Clock);

        var clock = directory.Deadlines.StartClock("answer-call", Monday0900London, effective, billing.Calendar);
        Assert.Equal(Monday0900London + Duration.FromSeconds(15), directory.Deadlines.DueAt(clock));
    }

    [Fact]
    public void Extra_policies_are_published_beside_the_two_seed_policies()
    {
        var directory = OrganisationJson.Parse(OrganisationDocuments.Valid);

        Assert.Equal([new PolicyReference("vip-lines", 2)], directory.FindDepartment("support")!.Policies);
        Assert.Equal(TargetBudget.OfRings(2), directory.Policies.Get(new PolicyReference("vip-lines", 2)).Target("answer-call").Budget);
        Assert.Equal(1, directory.Policies.Latest(DefaultPolicies.Ancs12356Id).Revision);
        Assert.Equal(1, directory.Policies.Latest(DefaultPolicies.CustomerServiceStandardId).Revision);
    }

    [Fact]
    public void A_stream_reads_like_a_string()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(OrganisationDocuments.Valid));

        var directory = OrganisationJson.Parse(stream);

        Assert.Equal(["alice", "lena", "maria", "sam"], directory.People.Select(p => p.Id));
    }

    [Fact]
    public void The_readme_example_loads()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Asivado.Grains", "Organisation", "Configuration", "README.md"));
        var start = readme.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);

        var directory = OrganisationJson.Parse(readme[start..end]);

        Assert.NotEmpty(directory.Departments);
        Assert.All(directory.Departments, d => Assert.NotEmpty(d.MemberIds));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Asivado.Cluster.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Asivado.Cluster.sln not found above the test binaries.");
    }
}
