using Asivado.Gateway.Tests.Hubs.Support;

namespace Asivado.Gateway.Tests.Hubs;

/// <summary>A lead's "Department today": the people, today's compliance and the cases forecast to breach; refused to others.</summary>
public sealed class DepartmentTodayTests
{
    [Fact]
    public async Task A_lead_sees_the_departments_people_and_the_queued_case_nobody_is_available_for_as_at_risk()
    {
        await using var factory = new ConsoleHostFactory();
        await factory.AdvanceAsync(TimeSpan.FromMinutes(90)); // 09:30, the department open
        await HubTestCases.OpenAsync(factory, "queued-case", "billing");
        await using var lena = await factory.ConnectConsoleAsync("lena");

        var today = await lena.InvokeAsync("GetDepartmentToday");

        Assert.Equal("billing", today.GetProperty("departmentId").GetString());
        Assert.Equal(1, today.GetProperty("queueLength").GetInt32());
        Assert.Contains("alice", today.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        var atRisk = Assert.Single(today.GetProperty("atRisk").EnumerateArray());
        Assert.Equal("queued-case", atRisk.GetProperty("caseId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(atRisk.GetProperty("why").GetString()));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("maria")]
    public async Task Anyone_but_the_departments_lead_is_refused(string personId)
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync(personId);

        Assert.Equal("forbidden: only the department's lead can see how the department is doing", await console.InvokeExpectingErrorAsync("GetDepartmentToday"));
    }
}
