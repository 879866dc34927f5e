using System.Diagnostics;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Testing;
using NodaTime;

namespace Asivado.Simulate;

/// <summary>
/// Replays a day against one draft on the real grains (one in-process silo on a fake clock, memory storage, the real
/// deadline service): contacts are taken in as the intake API does, the departments assign them as they do live,
/// each agent works her cases in turn while on shift (acknowledging each as she gets it, then responding and
/// resolving when its handling time is worked), and the clock jumps from one event to the next, every deadline
/// that falls due on the way firing as it would.
/// </summary>
public static class Simulation
{
    private static readonly Duration SampleEvery = Duration.FromMinutes(15);
    private static readonly Actor Integration = new("simulator", ActorRole.Integration);

    public static async Task<SimulationResult> RunAsync(ContactDay day, Draft draft, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        await using var host = await TestGrainHost.StartAsync(draft.Organisation, options =>
            options.Time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(day.Start.ToDateTimeOffset())).ConfigureAwait(false);
        var desks = Desks(day, draft);
        var kinds = new Dictionary<string, Contact>(StringComparer.Ordinal);
        var queue = new List<QueueSample>();
        var resolved = new Dictionary<string, int>(StringComparer.Ordinal);
        var arrivals = new Queue<Contact>(day.Contacts);
        var nextSample = day.Start;
        var now = day.Start;
        while (now < day.End)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var desk in desks)
            {
                await SetPresenceAsync(host, desk, now).ConfigureAwait(false);
                foreach (var caseId in desk.Work(now))
                {
                    await FinishAsync(host, desk, caseId, now).ConfigureAwait(false);
                    resolved[desk.PersonId] = resolved.GetValueOrDefault(desk.PersonId) + 1;
                }
            }

            while (arrivals.TryPeek(out var contact) && contact.At <= now)
            {
                arrivals.Dequeue();
                var caseId = CaseIds.New(host.Time);
                kinds[caseId] = contact;
                await host.GrainFactory.GetGrain<ICaseGrain>(caseId).Open(Intake(contact, kinds.Count), Integration).ConfigureAwait(false);
            }

            await host.WhenIdleAsync().ConfigureAwait(false);
            foreach (var desk in desks)
            {
                await TakeNewAssignmentsAsync(host, desk, kinds, draft, now).ConfigureAwait(false);
                desk.Work(now);
            }

            if (now >= nextSample)
            {
                queue.Add(await SampleAsync(host, draft, now).ConfigureAwait(false));
                nextSample += SampleEvery;
            }

            var next = Next(day, desks, arrivals, nextSample, now);
            await host.AdvanceAsync((next - now).ToTimeSpan()).ConfigureAwait(false);
            now = next;
        }

        var targets = await ComplianceAsync(host, draft, day).ConfigureAwait(false);
        var open = 0;
        foreach (var caseId in kinds.Keys)
        {
            if (await host.GrainFactory.GetGrain<ICaseGrain>(caseId).Get().ConfigureAwait(false) is { Status: not (CaseStatus.AwaitingConfirmation or CaseStatus.Closed) })
            {
                open++;
            }
        }

        watch.Stop();
        return new SimulationResult(
            draft.Name,
            day.Contacts.Count,
            resolved.Values.Sum(),
            open,
            targets,
            queue,
            [.. desks.Select(d => new AgentResult(d.PersonId, d.DepartmentId, d.OnShift.TotalHours, d.Busy.TotalHours, resolved.GetValueOrDefault(d.PersonId)))],
            day.Length.TotalHours,
            watch.Elapsed.TotalSeconds);
    }

    private static List<AgentDesk> Desks(ContactDay day, Draft draft)
    {
        var dates = Enumerable.Range(0, (int)Math.Ceiling(day.Length.TotalDays) + 1).Select(i => day.Date.PlusDays(i)).ToList();
        return [.. draft.Shifts
            .GroupBy(shift => shift.PersonId, StringComparer.Ordinal)
            .Select(group => new AgentDesk(
                group.Key,
                draft.Organisation.FindPerson(group.Key)!.DepartmentId,
                [.. group.SelectMany(shift => dates.Select(date => shift.On(date, day.Zone))).OfType<(Instant, Instant)>().OrderBy(span => span.Item1)]))];
    }

    private static Instant Next(ContactDay day, List<AgentDesk> desks, Queue<Contact> arrivals, Instant nextSample, Instant now)
    {
        var candidates = new List<Instant> { day.End, nextSample };
        if (arrivals.TryPeek(out var contact))
        {
            candidates.Add(contact.At);
        }

        foreach (var desk in desks)
        {
            candidates.AddRange(desk.Shifts.SelectMany(s => new[] { s.Start, s.End }).Where(at => at > now));
            if (desk.NextEvent(now) is { } done)
            {
                candidates.Add(done);
            }
        }

        var next = candidates.Where(at => at > now).DefaultIfEmpty(day.End).Min();
        return next;
    }

    private static async Task SetPresenceAsync(TestGrainHost host, AgentDesk desk, Instant now)
    {
        var agent = host.GrainFactory.GetGrain<IAgentGrain>(desk.PersonId);
        var wanted = desk.IsOnShift(now) ? AgentPresence.Available : AgentPresence.Offline;
        if (await agent.Get().ConfigureAwait(false) is { } view && view.Presence != wanted)
        {
            await agent.SetPresence(wanted, Self(desk)).ConfigureAwait(false);
        }
    }

    private static async Task TakeNewAssignmentsAsync(TestGrainHost host, AgentDesk desk, Dictionary<string, Contact> contacts, Draft draft, Instant now)
    {
        if (await host.GrainFactory.GetGrain<IAgentGrain>(desk.PersonId).Get().ConfigureAwait(false) is not { } view)
        {
            return;
        }

        foreach (var assignment in view.Assignments)
        {
            if (contacts.TryGetValue(assignment.WorkId, out var contact) && desk.Receive(assignment.WorkId, draft.HandlingOf(contact.Kind)))
            {
                var method = AcknowledgementPlanner.Plan(contact.Channel, Customer(0).Contact).Methods[0];
                await host.GrainFactory.GetGrain<ICaseGrain>(assignment.WorkId).Execute(new AcknowledgeCase(now, method), Self(desk)).ConfigureAwait(false);
            }
        }
    }

    private static async Task FinishAsync(TestGrainHost host, AgentDesk desk, string caseId, Instant now)
    {
        var grain = host.GrainFactory.GetGrain<ICaseGrain>(caseId);
        await grain.Execute(new RespondToCase(now, "Answered."), Self(desk)).ConfigureAwait(false);
        await grain.Execute(new ResolveCase(now, "Resolved."), Self(desk)).ConfigureAwait(false);
    }

    private static async Task<QueueSample> SampleAsync(TestGrainHost host, Draft draft, Instant now)
    {
        var queued = 0;
        var inHand = 0;
        foreach (var department in draft.Organisation.Departments)
        {
            if (await host.GrainFactory.GetGrain<IDepartmentGrain>(department.Id).Get().ConfigureAwait(false) is { } view)
            {
                queued += view.QueueLength;
                inHand += view.OpenCases - view.QueueLength;
            }
        }

        return new QueueSample(now.ToDateTimeOffset(), queued, inHand);
    }

    private static async Task<IReadOnlyList<TargetResult>> ComplianceAsync(TestGrainHost host, Draft draft, ContactDay day)
    {
        var totals = new Dictionary<string, (int Met, int Breached)>(StringComparer.Ordinal);
        var lastDate = day.End.InZone(day.Zone).Date;
        foreach (var department in draft.Organisation.Departments)
        {
            var report = await host.GrainFactory.GetGrain<IDepartmentGrain>(department.Id).GetCompliance(day.Date, lastDate).ConfigureAwait(false);
            foreach (var target in report.Value?.Targets ?? [])
            {
                var (met, breached) = totals.GetValueOrDefault(target.TargetId);
                totals[target.TargetId] = (met + target.Met, breached + target.Breached);
            }
        }

        return [.. totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TargetResult(t.Key, t.Value.Met, t.Value.Breached))];
    }

    private static CaseIntake Intake(Contact contact, int number) =>
        new(contact.Channel, contact.Kind, contact.DepartmentId, Customer(number), $"Simulated contact {number}", "A simulated contact.", contact.At);

    private static CustomerDetails Customer(int number) =>
        new($"Customer {number}", new ContactDetails($"customer{number}@example.org", "+44 20 7946 0000", "1 Example Street, London"));

    private static Actor Self(AgentDesk desk) => new(desk.PersonId, ActorRole.Agent, desk.DepartmentId);
}
