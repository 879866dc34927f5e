using Asivado.Gateway.Hubs.Views;
using Asivado.Grains.Agents;
using Asivado.Grains.Departments;

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
}
