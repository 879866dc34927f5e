using Asivado.Domain.Calendars;
using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>
/// Predicts, per open case, when it will start and finish with the department's current staffing and queue order,
/// and whether that is after its next deadline. Pure: a simulation of the agents' capacity over the queue.
/// <list type="bullet">
/// <item>Each available agent has one slot per unit of capacity. A free slot is free now. A slot in use frees when
/// the work in it is expected to finish: the agent's cases whose start is known (oldest first) finish one handling
/// time after they started, in business time, and never before now; work it cannot date (a live call, a case assigned
/// before the department last restarted) is assumed half done, so it frees half a handling time from now.</item>
/// <item>An agent on a break (busy or away) takes nothing new now, but is expected back after
/// <see cref="ForecastSettings.BreakReturn"/> of business time from now: its slots free then at the earliest. An
/// offline agent (or any not available, when that setting is null) adds no slots. Their own cases still get a finish.</item>
/// <item>The queue is taken in its order; each case goes to the slot that frees first (ties: the agent with the
/// smaller id), starts then (or at the calendar's next opening when it is closed then), and finishes one handling time
/// of business time later (<see cref="BusinessCalendar.Add"/>), which frees the slot for the next.</item>
/// <item>A case breaches when its expected finish is after its due instant. With no slot at all the start is
/// unknown: during opening hours the case is predicted to breach (nobody is there to take it); while the calendar is
/// closed nothing is predicted (staff come on at opening, and the next forecast knows who).</item>
/// </list>
/// Handling time is the department's own (<see cref="HandlingEstimate"/>); it is the time from assignment to the
/// response, so "finish" is when the case is expected to be handled.
/// </summary>
public static class QueueForecaster
{
    public static QueueForecast Forecast(
        Instant now,
        BusinessCalendar calendar,
        HandlingEstimate handling,
        ForecastSettings settings,
        IReadOnlyList<ForecastAgent> agents,
        IReadOnlyList<ForecastCase> assigned,
        IReadOnlyList<ForecastCase> queue)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(handling);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(assigned);
        ArgumentNullException.ThrowIfNull(queue);

        var available = agents.Where(a => a.Available && a.Capacity > 0).ToList();
        var onBreak = settings.BreakReturn is null ? [] : agents.Where(a => !a.Available && a.OnBreak && a.Capacity > 0).ToList();
        var back = settings.BreakReturn is { } breakReturn ? calendar.Add(now, breakReturn) : now;
        var basis = handling.Describe(settings.MinimumSamples);
        var undated = calendar.Add(now, handling.Duration / 2);
        var results = new List<CaseForecast>(assigned.Count + queue.Count);

        var finishesByAgent = new Dictionary<string, List<Instant>>(StringComparer.Ordinal);
        foreach (var @case in assigned)
        {
            var finish = @case.StartedAt is { } started ? Max(now, calendar.Add(started, handling.Duration)) : undated;
            if (@case.AssigneeId is { } agentId)
            {
                if (!finishesByAgent.TryGetValue(agentId, out var finishes))
                {
                    finishesByAgent[agentId] = finishes = [];
                }

                finishes.Add(finish);
            }

            var why = (@case.StartedAt is null ? "with its agent since before the forecast knew (assumed half done)" : "with its agent")
                + $", {basis}" + (@case.DueAt is { } due ? $"; {ForecastWording.Margin(finish, due)}" : "; nothing due");
            results.Add(new CaseForecast(@case.CaseId, @case.TargetId, @case.DueAt, @case.AssigneeId, null, @case.StartedAt, finish, Breaches(finish, @case.DueAt), why));
        }

        var slots = new PriorityQueue<string, (Instant FreeAt, string AgentId)>(Comparer<(Instant FreeAt, string AgentId)>.Create(
            (x, y) => x.FreeAt != y.FreeAt ? x.FreeAt.CompareTo(y.FreeAt) : string.CompareOrdinal(x.AgentId, y.AgentId)));
        var freeNow = 0;
        foreach (var agent in available.Concat(onBreak))
        {
            var busy = Math.Clamp(agent.Load, 0, agent.Capacity);
            var finishes = finishesByAgent.TryGetValue(agent.AgentId, out var known) ? known.Order().ToList() : [];
            for (var slot = 0; slot < agent.Capacity; slot++)
            {
                var freeAt = slot >= busy ? now : slot < finishes.Count ? finishes[slot] : undated;
                if (agent.Available)
                {
                    freeNow += slot >= busy ? 1 : 0;
                }
                else
                {
                    freeAt = Max(freeAt, back);
                }

                slots.Enqueue(agent.AgentId, (freeAt, agent.AgentId));
            }
        }

        var staffing = $"{ForecastWording.Count(available.Count, "agent", "agents")} available ({freeNow} free now)"
            + (onBreak.Count == 0 ? string.Empty : $", {onBreak.Count} on a break (back in {ForecastWording.Minutes(settings.BreakReturn!.Value)} assumed)");
        var closedNow = !calendar.IsOpen(now);
        for (var i = 0; i < queue.Count; i++)
        {
            var @case = queue[i];
            var ahead = ForecastWording.Count(i, "case", "cases") + " ahead";
            if (!slots.TryDequeue(out var agentId, out var slot))
            {
                var why = closedNow
                    ? $"{ahead}, no agent available while the department is closed; forecast again when agents come on"
                    : $"{ahead}, no agent available";
                results.Add(new CaseForecast(@case.CaseId, @case.TargetId, @case.DueAt, null, i + 1, null, null, !closedNow && @case.DueAt is not null, why));
                continue;
            }

            var start = calendar.IsOpen(slot.FreeAt) ? slot.FreeAt : calendar.NextOpening(slot.FreeAt);
            var finish = calendar.Add(start, handling.Duration);
            slots.Enqueue(agentId, (finish, agentId));
            var reason = $"{ahead}, {staffing}, {basis}" + (@case.DueAt is { } due ? $"; {ForecastWording.Margin(finish, due)}" : "; nothing due");
            results.Add(new CaseForecast(@case.CaseId, @case.TargetId, @case.DueAt, null, i + 1, start, finish, Breaches(finish, @case.DueAt), reason));
        }

        return new QueueForecast(now, handling, available.Count, freeNow, results);
    }

    private static bool Breaches(Instant finish, Instant? due) => due is { } d && finish > d;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
