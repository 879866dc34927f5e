using Asivado.Simulate;

namespace Asivado.Simulate.Tests;

/// <summary>The day replayed on the real grains in virtual time: what staffing changes shows in what the service measured.</summary>
public sealed class SimulationTests
{
    [Fact]
    public async Task With_enough_staff_every_contact_is_resolved_and_no_deadline_breached()
    {
        var result = await Simulation.RunAsync(SimulationInputs.Emails(count: 8, minutesApart: 30), SimulationInputs.Staffing("ample", 10, "ada", "ben"));

        Assert.Equal((8, 8, 0, 0), (result.Contacts, result.Resolved, result.OpenAtEnd, result.Breaches));
        Assert.Equal(8, result.Targets.Single(t => t.TargetId == "respond").Met);
        Assert.Equal(80.0 / 60, result.Agents.Sum(a => a.BusyHours), precision: 6);
        Assert.All(result.Agents, a => Assert.Equal(8, a.ShiftHours));
    }

    [Fact]
    public async Task One_more_agent_on_an_overloaded_day_breaches_fewer_written_replies()
    {
        // Twenty e-mails in the first hour, an hour of work each: one agent answers two hours' worth in two hours.
        var day = SimulationInputs.Emails(count: 20, minutesApart: 3);

        var one = await Simulation.RunAsync(day, SimulationInputs.Staffing("one agent", 60, "ada"));
        var two = await Simulation.RunAsync(day, SimulationInputs.Staffing("two agents", 60, "ada", "ben"));

        var breachedWithOne = one.Targets.Single(t => t.TargetId == "reply-written").Breached;
        var breachedWithTwo = two.Targets.Single(t => t.TargetId == "reply-written").Breached;
        Assert.True(breachedWithOne > 0, "The overloaded day breached no written reply.");
        Assert.True(breachedWithTwo < breachedWithOne, $"Two agents breached {breachedWithTwo} written replies, one agent {breachedWithOne}.");
        Assert.True(two.Resolved > one.Resolved);
        Assert.Contains(one.Queue, sample => sample.Queued > 0);
    }

    [Fact]
    public async Task The_report_shows_each_draft_side_by_side_with_its_queue_line()
    {
        var day = SimulationInputs.Emails(count: 6, minutesApart: 10, hours: 12);
        var report = new SimulationReport("a day", day.Start.ToDateTimeOffset(), 12, [
            await Simulation.RunAsync(day, SimulationInputs.Staffing("draft A", 30, "ada")),
            await Simulation.RunAsync(day, SimulationInputs.Staffing("draft B", 30, "ada", "ben"))]);

        var html = HtmlReport.Render(report);

        Assert.Equal(2, html.Split("<polyline", StringSplitOptions.None).Length - 1);
        Assert.Contains("draft A: met / breached", html, StringComparison.Ordinal);
        Assert.Contains("\"draft\": \"draft B\"", report.ToJson(), StringComparison.Ordinal);
    }
}
