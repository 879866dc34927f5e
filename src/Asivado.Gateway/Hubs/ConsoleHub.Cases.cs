using Asivado.Domain.Cases;
using Asivado.Gateway.Hubs.Views;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Hubs;

public sealed partial class ConsoleHub
{
    private const string CallWorkPrefix = "call:";

    /// <summary>The agent's assignments, soonest next deadline first, with the open escalations and the server's clock.</summary>
    public async Task<MyCases> GetMyCases()
    {
        var view = await Agent(Session).Get().ConfigureAwait(false)
            ?? throw ConsoleHubErrors.NotFound("the agent is not in the organisation");
        var cases = view.Assignments
            .OrderBy(a => a.NextDueAt ?? Instant.MaxValue)
            .ThenBy(a => a.AssignedAt)
            .ThenBy(a => a.WorkId, StringComparer.Ordinal)
            .ToList();
        return new MyCases(Now, cases, view.OpenEscalations);
    }

    /// <summary>Assigns an unassigned case of the agent's own department to the agent.</summary>
    public async Task<ConsoleCaseSummary> ClaimCase(string? caseId)
    {
        var session = Session;
        caseId = ConsoleArguments.RequireId(caseId, nameof(caseId));
        var grain = grains.GetGrain<ICaseGrain>(caseId);
        var view = await grain.Get().ConfigureAwait(false) ?? throw ConsoleHubErrors.NotFound("no case has this id");
        if (!string.Equals(view.DepartmentId, session.DepartmentId, StringComparison.Ordinal))
        {
            throw ConsoleHubErrors.Forbidden("the case belongs to another department");
        }

        if (view.AssigneeId is not null)
        {
            throw ConsoleHubErrors.Conflict(view.AssigneeId == session.AgentId ? "the case is already yours" : "the case is already assigned");
        }

        var result = await grain.Execute(new AssignCase(Now, session.AgentId), session.Actor).ConfigureAwait(false);
        var updated = result.ValueOrThrow();
        logger.CaseAction(session.AgentId, "claimed", caseId, session.AgentId);
        return ConsoleCaseSummary.From(updated);
    }

    /// <summary>
    /// A lead gives a case of the department they lead to another agent of that department (assigns it when
    /// it is queued). Anyone else, or a case or agent outside that department: "forbidden".
    /// </summary>
    public async Task<ConsoleCaseSummary> Reassign(string? caseId, string? agentId)
    {
        var session = Session;
        caseId = ConsoleArguments.RequireId(caseId, nameof(caseId));
        agentId = ConsoleArguments.RequireId(agentId, nameof(agentId));
        if (!directory.Departments.Any(d => d.LeadIds.Contains(session.AgentId)))
        {
            throw ConsoleHubErrors.Forbidden("only a department lead can reassign cases");
        }

        var target = directory.FindPerson(agentId) ?? throw ConsoleHubErrors.NotFound("no agent has this id");
        var grain = grains.GetGrain<ICaseGrain>(caseId);
        var view = await grain.Get().ConfigureAwait(false) ?? throw ConsoleHubErrors.NotFound("no case has this id");
        var department = directory.FindDepartment(view.DepartmentId);
        if (department is null || !department.LeadIds.Contains(session.AgentId))
        {
            throw ConsoleHubErrors.Forbidden("you do not lead the case's department");
        }

        if (!IsMember(department, target))
        {
            throw ConsoleHubErrors.Forbidden("the agent is not in the case's department");
        }

        CaseCommand command = view.AssigneeId is null ? new AssignCase(Now, target.Id) : new ReassignCase(Now, target.Id);
        var result = await grain.Execute(command, session.Actor).ConfigureAwait(false);
        var updated = result.ValueOrThrow();
        logger.CaseAction(session.AgentId, command.Name, caseId, target.Id);
        return ConsoleCaseSummary.From(updated);
    }

    /// <summary>For a lead: the open cases of the department they lead, carried or queued, soonest deadline first.</summary>
    public async Task<IReadOnlyList<TeamCase>> GetTeamCases()
    {
        var session = Session;
        var department = directory.FindDepartment(session.DepartmentId);
        if (department is null || !department.LeadIds.Contains(session.AgentId))
        {
            throw ConsoleHubErrors.Forbidden("only the department's lead can see its team's cases");
        }

        var agents = await Task.WhenAll(department.MemberIds.Select(id => grains.GetGrain<IAgentGrain>(id).Get())).ConfigureAwait(false);
        var queue = await grains.GetGrain<IDepartmentGrain>(department.Id).GetQueue().ConfigureAwait(false);
        var carried = agents
            .Where(a => a is not null)
            .SelectMany(a => a!.Assignments
                .Where(w => !w.WorkId.StartsWith(CallWorkPrefix, StringComparison.Ordinal))
                .Select(w => new TeamCase(w.WorkId, w.Subject, w.Channel, a.Id, w.NextDueAt)));
        var queued = queue?.Entries.Select(e => new TeamCase(e.CaseId, e.Subject, e.Channel, null, e.NextDueAt)) ?? [];
        return
        [
            .. carried.Concat(queued)
                .DistinctBy(c => c.CaseId, StringComparer.Ordinal)
                .OrderBy(c => c.NextDueAt ?? Instant.MaxValue)
                .ThenBy(c => c.CaseId, StringComparer.Ordinal),
        ];
    }

    private static bool IsMember(DepartmentDefinition department, PersonDefinition person) =>
        string.Equals(person.DepartmentId, department.Id, StringComparison.Ordinal) || department.MemberIds.Contains(person.Id);
}
