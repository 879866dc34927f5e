using Asivado.Gateway.Hubs.Views;
using Asivado.Grains.Agents;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Hubs;

public sealed partial class ConsoleHub
{
    /// <summary>The signed-in person, their department's people and the server's clock.</summary>
    public async Task<ConsoleProfile> GetProfile()
    {
        var session = Session;
        var department = directory.FindDepartment(session.DepartmentId);
        var view = await Agent(session).Get().ConfigureAwait(false);
        var colleagues = (department?.MemberIds ?? [])
            .Select(directory.FindPerson)
            .Where(p => p is not null)
            .Select(p => new Colleague(p!.Id, p.Name, p.Role))
            .ToList();
        return new ConsoleProfile(
            session.AgentId,
            session.Person.Name,
            session.Person.Role,
            session.DepartmentId,
            department?.Name ?? session.DepartmentId,
            department?.LeadIds.Contains(session.AgentId) == true,
            view?.Presence ?? AgentPresence.Offline,
            Now,
            colleagues);
    }

    /// <summary>The unassigned open cases of the console user's department, soonest deadline first.</summary>
    public async Task<DepartmentQueueView> GetQueue()
    {
        var session = Session;
        return await grains.GetGrain<IDepartmentGrain>(session.DepartmentId).GetQueue().ConfigureAwait(false)
            ?? throw ConsoleHubErrors.NotFound("the department is not in the organisation");
    }

    /// <summary>For a lead: the department now (people, today's compliance, queue) and the cases forecast to breach.</summary>
    public async Task<DepartmentToday> GetDepartmentToday()
    {
        var department = LedDepartment("see how the department is doing");
        var departmentGrain = grains.GetGrain<IDepartmentGrain>(department.Id);
        var view = await departmentGrain.Get().ConfigureAwait(false)
            ?? throw ConsoleHubErrors.NotFound("the department is not in the organisation");
        var forecast = (await departmentGrain.GetForecast(DepartmentGrain.MaxForecastCases).ConfigureAwait(false)).ValueOrThrow();
        var members = view.Agents
            .Select(a => new TeamMember(a.AgentId, directory.FindPerson(a.AgentId)?.Name ?? a.AgentId, a.Presence, a.Load, a.Capacity))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new DepartmentToday(
            department.Id,
            view.QueueLength,
            members,
            view.ComplianceToday,
            [.. forecast.Cases.Where(c => c.WillBreach)],
            forecast.HandlingBasis);
    }

    /// <summary>The department the console's person leads; a hub error naming what only its lead may do otherwise.</summary>
    private DepartmentDefinition LedDepartment(string what)
    {
        var session = Session;
        var department = directory.FindDepartment(session.DepartmentId);
        return department is not null && department.LeadIds.Contains(session.AgentId)
            ? department
            : throw ConsoleHubErrors.Forbidden($"only the department's lead can {what}");
    }
}
