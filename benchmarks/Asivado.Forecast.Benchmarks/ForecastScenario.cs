using System.Diagnostics;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Asivado.Forecast.Benchmarks;

/// <summary>
/// Runs a generated Monday of e-mails (<see cref="DayOfContacts"/>) through the real grains on one in-process silo
/// whose clock is a fake, stepped one minute at a time until every case was answered. Agents take what the department
/// auto-assigns and answer it (respond, then resolve) once its generated handling time of business time has passed.
/// Records, per case, the forecast made right after its intake and the at-risk warnings its lead received, then
/// compares both with whether the case's written-reply target breached.
/// </summary>
internal static class ForecastScenario
{
    private const string Target = "reply-written";
    private static readonly Duration Step = Duration.FromMinutes(1);
    private static readonly Actor MailGateway = new("mail-gateway", ActorRole.Integration);

    public static async Task<ForecastReport> RunAsync(ScenarioOptions options)
    {
        var wall = Stopwatch.StartNew();
        var directory = DeskOrganisation.Create(options.Agents, options.Capacity);
        var calendar = directory.Calendars.Get(DeskOrganisation.London);
        await using var host = await TestGrainHost.StartAsync(directory, host => host.ConfigureSilo = silo => silo.Services.Replace(ServiceDescriptor.Singleton(options.Forecast)));
        var grains = host.GrainFactory;
        var department = grains.GetGrain<IDepartmentGrain>(DeskOrganisation.DepartmentId);
        var lead = grains.GetGrain<IAgentGrain>(DeskOrganisation.LeadId);
        var agentIds = DeskOrganisation.AgentIds(options.Agents);

        var monday = Instant.FromDateTimeOffset(host.Time.GetUtcNow()).InUtc().Date.AtMidnight().InUtc().ToInstant();
        var contacts = DayOfContacts.Generate(options, monday);
        var pendingContacts = new Queue<Contact>(contacts);
        var handlingOf = contacts.ToDictionary(c => c.CaseId, c => c.Handling, StringComparer.Ordinal);
        var staffing = new Queue<(Instant At, string AgentId, AgentPresence Presence)>(Staffing.Changes(agentIds, monday));
        var answerAt = new Dictionary<string, (string AgentId, Instant At)>(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var atIntake = new Dictionary<string, bool>(StringComparer.Ordinal);
        var warnings = new List<ConsolePush>();
        long leadSequence = 0;
        var end = monday.Plus(Duration.FromDays(2));

        Instant Now() => Instant.FromDateTimeOffset(host.Time.GetUtcNow());
        while (answered.Count < contacts.Count && Now() < end)
        {
            var now = Now();
            while (staffing.TryPeek(out var change) && change.At <= now)
            {
                staffing.Dequeue();
                await grains.GetGrain<IAgentGrain>(change.AgentId).SetPresence(change.Presence, new Actor(change.AgentId, ActorRole.Agent, DeskOrganisation.DepartmentId));
            }

            while (pendingContacts.TryPeek(out var contact) && contact.ArrivesAt <= now)
            {
                pendingContacts.Dequeue();
                Ensure(await grains.GetGrain<ICaseGrain>(contact.CaseId).Open(Email(), MailGateway), "open");
                await host.WhenIdleAsync();
                var forecast = Ensure(await department.GetForecast(DepartmentGrain.MaxForecastCases), "forecast");
                atIntake[contact.CaseId] = forecast.Cases.FirstOrDefault(c => c.CaseId == contact.CaseId) is { WillBreach: true, TargetId: Target };
            }

            foreach (var agentId in agentIds)
            {
                foreach (var assignment in (await grains.GetGrain<IAgentGrain>(agentId).Get())!.Assignments)
                {
                    if (!answerAt.ContainsKey(assignment.WorkId))
                    {
                        answerAt[assignment.WorkId] = (agentId, calendar.Add(assignment.AssignedAt, handlingOf[assignment.WorkId]));
                    }
                }
            }

            foreach (var (caseId, (agentId, at)) in answerAt.Where(a => a.Value.At <= now && !answered.Contains(a.Key)).ToList())
            {
                var agent = new Actor(agentId, ActorRole.Agent, DeskOrganisation.DepartmentId);
                var @case = grains.GetGrain<ICaseGrain>(caseId);
                Ensure(await @case.Execute(new RespondToCase(now, "Answered by e-mail."), agent), "respond");
                Ensure(await @case.Execute(new ResolveCase(now, "Answered."), agent), "resolve");
                answered.Add(caseId);
            }

            foreach (var push in await lead.GetPushesAfter(leadSequence))
            {
                leadSequence = Math.Max(leadSequence, push.Sequence);
                if (push.Kind == ConsolePushKind.AtRisk)
                {
                    warnings.Add(push);
                }
            }

            await host.AdvanceAsync(Step.ToTimeSpan());
        }

        await host.WhenIdleAsync();
        var outcomes = new Dictionary<string, (bool Breached, Instant? DueAt)>(StringComparer.Ordinal);
        foreach (var contact in contacts)
        {
            var view = (await grains.GetGrain<ICaseGrain>(contact.CaseId).Get())!;
            var deadline = view.Deadlines.Single(d => d.TargetId == Target);
            outcomes[contact.CaseId] = (deadline.State == DeadlineState.Breached, deadline.DueAt);
        }

        var warned = warnings.Where(w => w.TargetId == Target).GroupBy(w => w.CaseId!).ToDictionary(g => g.Key, g => g.Min(w => w.At), StringComparer.Ordinal);
        var leadTimes = warned.Where(w => outcomes[w.Key].Breached && outcomes[w.Key].DueAt is not null)
            .Select(w => (outcomes[w.Key].DueAt!.Value - w.Value).TotalMinutes)
            .Order()
            .ToList();
        var finalForecast = Ensure(await department.GetForecast(1), "forecast");
        return new ForecastReport(
            options.Seed,
            options.Forecast.Quantile,
            options.Forecast.BreakReturn?.TotalMinutes,
            options.Agents,
            options.Capacity,
            contacts.Count,
            answered.Count,
            outcomes.Count(o => o.Value.Breached),
            BreachScore.Of(contacts.Select(c => (atIntake[c.CaseId], outcomes[c.CaseId].Breached))),
            BreachScore.Of(contacts.Select(c => (warned.ContainsKey(c.CaseId), outcomes[c.CaseId].Breached))),
            warnings.Count,
            warnings.Count(w => w.TargetId != Target),
            leadTimes.Count == 0 ? null : leadTimes[leadTimes.Count / 2],
            finalForecast.HandlingBasis,
            (Now() - monday).TotalHours,
            wall.Elapsed.TotalSeconds);
    }

    private static CaseIntake Email() => new(
        Channel.Email, CaseKind.Question, DeskOrganisation.DepartmentId, new CustomerDetails("Customer", new ContactDetails(Email: "customer@example.org")),
        "Question about an invoice", "A question about an invoice.");

    private static T Ensure<T>(GrainResult<T> result, string what)
        where T : class =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"{what} failed: {result.Error}");
}

/// <param name="AtIntake">The forecast made right after each case's intake.</param>
/// <param name="AtRiskWarnings">The at-risk warnings the lead received (any time before the case's 50 % step).</param>
/// <param name="MedianWarningLeadMinutes">For warned cases that breached: median minutes from the warning to the due instant.</param>
internal sealed record ForecastReport(
    int Seed,
    double Quantile,
    double? BreakReturnMinutes,
    int Agents,
    int Capacity,
    int Contacts,
    int Answered,
    int Breached,
    BreachScore AtIntake,
    BreachScore AtRiskWarnings,
    int WarningsSent,
    int WarningsForOtherTargets,
    double? MedianWarningLeadMinutes,
    string HandlingBasisAtEnd,
    double SimulatedHours,
    double WallSeconds);
