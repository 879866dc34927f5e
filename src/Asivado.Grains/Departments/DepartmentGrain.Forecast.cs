using Asivado.Domain.Calendars;
using Asivado.Domain.Cases;
using Asivado.Domain.Forecasting;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// The breach forecast (<see cref="QueueForecaster"/>) over the department's open cases, agents and measured handling
/// times, and the at-risk warnings it sends the leads. Changes to cases and agents ask for a re-forecast; at most one
/// runs per <see cref="ForecastInterval"/>, covering every change in between, so a large queue is not simulated per event
/// (GET .../forecast computes one on demand).
/// </summary>
public sealed partial class DepartmentGrain
{
    /// <summary>At most one re-forecast (and round of at-risk warnings) per this interval.</summary>
    internal static readonly TimeSpan ForecastInterval = TimeSpan.FromSeconds(5);

    /// <summary>Most cases one forecast answer lists (the counts cover them all).</summary>
    public const int MaxForecastCases = 1000;

    private IGrainTimer? _forecastTimer;

    // Handling times of the cases measured, oldest first; built from the records at first use, then kept in step.
    private List<(Instant HandledAt, string CaseId, Duration Handling)>? _handled;

    public Task<GrainResult<DepartmentForecast>> GetForecast(int limit)
    {
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return Task.FromResult<GrainResult<DepartmentForecast>>(GrainError.NotFound("No such department."));
        }

        if (limit is < 1 or > MaxForecastCases)
        {
            return Task.FromResult<GrainResult<DepartmentForecast>>(GrainError.Invalid("limit", $"must be between 1 and {MaxForecastCases}"));
        }

        var forecast = Forecast(department);
        return Task.FromResult(GrainResult<DepartmentForecast>.Ok(new DepartmentForecast(
            DepartmentId,
            forecast.At,
            forecast.Handling.Duration,
            forecast.Handling.Describe(_forecasting.MinimumSamples),
            forecast.Handling.Samples,
            forecast.AvailableAgents,
            forecast.FreeSlots,
            forecast.Cases.Count,
            forecast.Cases.Count(c => c.WillBreach),
            [.. forecast.Cases.Take(limit)])));
    }

    private QueueForecast Forecast(DepartmentDefinition department)
    {
        var calendar = Calendar(department);
        var handling = HandlingEstimate.From([.. Handled().Select(h => h.Handling)], _forecasting);
        var agents = Candidates(department).Select(c => new ForecastAgent(c.AgentId, c.Presence == AgentPresence.Available, c.Capacity, c.Load, OnBreak: c.Presence is AgentPresence.Busy or AgentPresence.Away)).ToList();
        var assigned = _openCases.Values
            .Where(e => e.AssigneeId is not null && !IsHandled(e.Status))
            .OrderBy(e => e, QueueOrder.Instance)
            .Select(e => new ForecastCase(e.CaseId, e.NextTargetId, e.NextDueAt, e.AssigneeId, _handling.GetValueOrDefault(e.CaseId)?.AssignedAt))
            .ToList();
        var queue = Queue().Select(e => new ForecastCase(e.CaseId, e.NextTargetId, e.NextDueAt)).ToList();
        return QueueForecaster.Forecast(Now, calendar, handling, _forecasting, agents, assigned, queue);
    }

    /// <summary>A responded case is handled: it waits on the customer or on closing, not on an agent's work.</summary>
    private static bool IsHandled(CaseStatus status) => status >= CaseStatus.Responded;

    private BusinessCalendar Calendar(DepartmentDefinition department) => _directory.Calendars.Get(department.Calendar);

    /// <summary>
    /// Keeps the handling records in step with a change of an open case (<paramref name="current"/> null: it left):
    /// an assignment starts the handling clock, a response or leaving after an assignment stops it.
    /// </summary>
    private void NoteForForecast(QueueEntry? previous, QueueEntry? current)
    {
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return;
        }

        var caseId = current?.CaseId ?? previous?.CaseId;
        if (caseId is null)
        {
            return;
        }

        var now = Now;
        var record = _handling.GetValueOrDefault(caseId);
        var changed = false;
        if (current?.AssigneeId is { } assignee && assignee != previous?.AssigneeId && !IsHandled(current.Status))
        {
            record ??= new HandlingRecord();
            if (record.HandledAt is not null)
            {
                Handled().RemoveAll(h => h.CaseId == caseId);
            }

            (record.AssignedAt, record.HandledAt, record.Handling) = (now, null, null);
            changed = true;
        }

        if (record is { AssignedAt: { } assignedAt, HandledAt: null } && (current is null || IsHandled(current.Status)))
        {
            record.HandledAt = now;
            record.Handling = Calendar(department).BusinessTimeBetween(assignedAt, now);
            Handled().Add((now, caseId, record.Handling.Value));
            changed = true;
        }

        if (current is null && record is not null)
        {
            // Gone from the department: nothing more to warn about; kept only as a measured handling time.
            record.WarnedTargets.Clear();
            changed = true;
            if (record.Handling is null)
            {
                _handling.Remove(caseId);
                record = null;
            }
        }

        if (changed && record is not null)
        {
            _handling.Set(caseId, record);
            PruneHandled();
        }

        ScheduleForecast(department);
    }

    private List<(Instant HandledAt, string CaseId, Duration Handling)> Handled() =>
        _handled ??= [.. _handling
            .Where(pair => pair.Value.HandledAt is not null && pair.Value.Handling is not null)
            .Select(pair => (pair.Value.HandledAt!.Value, pair.Key, pair.Value.Handling!.Value))
            .OrderBy(h => h.Item1)
            .ThenBy(h => h.Item2, StringComparer.Ordinal)];

    /// <summary>Drops the oldest measurements of cases that left, beyond the window measured.</summary>
    private void PruneHandled()
    {
        var handled = Handled();
        while (handled.Count > _forecasting.SampleWindow)
        {
            var (_, oldest, _) = handled[0];
            handled.RemoveAt(0);
            if (!_openCases.ContainsKey(oldest))
            {
                _handling.Remove(oldest);
            }
            else if (_handling.GetValueOrDefault(oldest) is { } record)
            {
                // Still open (responded, not yet resolved): out of the window, and not measured again when it leaves.
                (record.AssignedAt, record.HandledAt, record.Handling) = (null, null, null);
                _handling.Set(oldest, record);
            }
        }
    }

    /// <summary>
    /// Arranges one re-forecast <see cref="ForecastInterval"/> after the first change since the last one, covering
    /// every change meanwhile. Waiting first (rather than forecasting on the first event) lets a burst settle: agents
    /// signing in one after another at opening are forecast together, not the queue against the first of them. Only
    /// leads get its warnings, so without leads nothing is scheduled.
    /// </summary>
    private void ScheduleForecast(DepartmentDefinition department)
    {
        if (CaseWorkers.AtRiskRecipients(department).Count == 0 || _forecastTimer is not null)
        {
            return;
        }

        _forecastTimer = OneShotTimer(ReforecastAsync, ForecastInterval);
    }

    /// <summary>
    /// Forecasts, then warns the leads once per case and target that is predicted to breach while its first
    /// escalation step (the 50 % warning) is still ahead: after that the ladder itself warns.
    /// </summary>
    private async Task ReforecastAsync(CancellationToken cancellationToken)
    {
        _forecastTimer?.Dispose();
        _forecastTimer = null;
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return;
        }

        var now = Now;
        var warnings = new List<ConsolePush>();
        foreach (var forecast in Forecast(department).Cases)
        {
            if (!forecast.WillBreach
                || forecast.TargetId is not { } targetId
                || _openCases.GetValueOrDefault(forecast.CaseId) is not { NextWarningAt: { } warningAt }
                || now >= warningAt)
            {
                continue;
            }

            var record = _handling.GetValueOrDefault(forecast.CaseId) ?? new HandlingRecord();
            if (record.WarnedTargets.Contains(targetId, StringComparer.Ordinal))
            {
                continue;
            }

            record.WarnedTargets.Add(targetId);
            _handling.Set(forecast.CaseId, record);
            warnings.Add(new ConsolePush(0, ConsolePushKind.AtRisk, now, forecast.CaseId, DepartmentId, targetId, DueAt: forecast.DueAt, Text: $"At risk: {forecast.Why}"));
        }

        if (warnings.Count == 0)
        {
            return;
        }

        // Remembered before anything is sent, so a retry or the next forecast does not warn twice.
        await SaveAsync();
        foreach (var push in warnings)
        {
            LogAtRisk(DepartmentId, push.CaseId!, push.TargetId!);
            foreach (var leadId in CaseWorkers.AtRiskRecipients(department))
            {
                StartNotify(leadId, push);
            }
        }
    }
}
