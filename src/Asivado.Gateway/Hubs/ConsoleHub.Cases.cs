using Asivado.Domain.Cases;
using Asivado.Gateway.Hubs.Views;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
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

    /// <summary>
    /// Assigns an unassigned case of the agent's own department to the agent. The case grain decides in the turn that
    /// assigns (<see cref="ICaseGrain.GiveTo"/>): another department's case or someone else's is "forbidden", one's own
    /// a "conflict".
    /// </summary>
    public async Task<ConsoleCaseSummary> ClaimCase(string? caseId)
    {
        var session = Session;
        caseId = ConsoleArguments.RequireId(caseId, nameof(caseId));
        var updated = await GiveAsync(caseId, session.AgentId, session).ConfigureAwait(false);
        logger.CaseAction(session.AgentId, "claimed", caseId, session.AgentId);
        return updated;
    }

    /// <summary>
    /// A lead gives a case of the department they lead to another agent of that department (assigns it when
    /// it is queued). Anyone but a lead: "forbidden"; the case grain refuses a case of another department
    /// ("forbidden") and an agent outside the case's department ("invalid"), in the turn that acts.
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
        var updated = await GiveAsync(caseId, target.Id, session).ConfigureAwait(false);
        logger.CaseAction(session.AgentId, "gave", caseId, target.Id);
        return updated;
    }

    private async Task<ConsoleCaseSummary> GiveAsync(string caseId, string agentId, ConsoleSession session)
    {
        var result = await grains.GetGrain<ICaseGrain>(caseId).GiveTo(agentId, session.Actor).ConfigureAwait(false);
        return result is { Succeeded: false, Error.Kind: GrainErrorKind.NotFound }
            ? throw ConsoleHubErrors.NotFound("no case has this id")
            : ConsoleCaseSummary.From(result.ValueOrThrow());
    }

    /// <summary>For a lead: the open cases of the department they lead, carried or queued, soonest deadline first.</summary>
    public async Task<IReadOnlyList<TeamCase>> GetTeamCases()
    {
        var department = LedDepartment("see its team's cases");
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
}
