using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Grains.Departments;

/// <summary>Outcome and feedback tallies by local date of the department calendar, and the reports over them.</summary>
public sealed partial class DepartmentGrain
{
    /// <summary>Today on the department's calendar, or in UTC for a department without one.</summary>
    private LocalDate Today => _directory.FindDepartment(DepartmentId) is { } department ? Now.InZone(Zone(department)).Date : Now.InUtc().Date;

    // In memory only: after an activation the first count prunes, then at most once per PruneInterval.
    private Instant? _lastPrunedAt;

    public async Task RecordOutcome(DeadlineOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (_directory.FindDepartment(DepartmentId) is not { } department
            || string.IsNullOrWhiteSpace(outcome.WorkId)
            || string.IsNullOrWhiteSpace(outcome.TargetId))
        {
            return;
        }

        var now = Now;
        var counted = CountedFor(outcome.WorkId, now);
        if (counted.Targets.Contains(outcome.TargetId, StringComparer.Ordinal))
        {
            return;
        }

        counted.Targets.Add(outcome.TargetId);
        counted.LastCountedAt = now;
        _counted.Set(outcome.WorkId, counted);
        var (dayKey, day) = Day(department, outcome.At);
        day.Count(outcome.TargetId, outcome.Met);
        _days.Set(dayKey, day);
        Prune(now);
        await SaveTalliesAsync();
    }

    public async Task RecordIntake(string caseId, CaseKind kind, Instant receivedAt)
    {
        if (_directory.FindDepartment(DepartmentId) is not { } department
            || string.IsNullOrWhiteSpace(caseId)
            || kind is not (CaseKind.Praise or CaseKind.ConstructiveCriticism))
        {
            return;
        }

        var now = Now;
        var counted = CountedFor(caseId, now);
        if (counted.Intake)
        {
            return;
        }

        counted.Intake = true;
        counted.LastCountedAt = now;
        _counted.Set(caseId, counted);
        var (dayKey, day) = Day(department, receivedAt);
        if (kind == CaseKind.Praise)
        {
            day.Praise++;
        }
        else
        {
            day.ConstructiveCriticism++;
        }

        _days.Set(dayKey, day);
        Prune(now);
        await SaveTalliesAsync();
    }

    public Task<GrainResult<ComplianceReport>> GetCompliance(LocalDate from, LocalDate to)
    {
        if (_directory.FindDepartment(DepartmentId) is null)
        {
            return Task.FromResult<GrainResult<ComplianceReport>>(GrainError.NotFound("No such department."));
        }

        if (ReportPeriod.Validate(from, to, Today) is { } error)
        {
            return Task.FromResult<GrainResult<ComplianceReport>>(error);
        }

        return Task.FromResult(GrainResult<ComplianceReport>.Ok(new ComplianceReport(DepartmentId, from, to, Compliance(from, to))));
    }

    public Task<GrainResult<FeedbackReport>> GetFeedback(LocalDate from, LocalDate to)
    {
        if (_directory.FindDepartment(DepartmentId) is null)
        {
            return Task.FromResult<GrainResult<FeedbackReport>>(GrainError.NotFound("No such department."));
        }

        if (ReportPeriod.Validate(from, to, Today) is { } error)
        {
            return Task.FromResult<GrainResult<FeedbackReport>>(error);
        }

        int praise = 0, criticism = 0;
        foreach (var day in DaysBetween(from, to))
        {
            praise += day.Praise;
            criticism += day.ConstructiveCriticism;
        }

        return Task.FromResult(GrainResult<FeedbackReport>.Ok(new FeedbackReport(DepartmentId, from, to, praise, criticism)));
    }

    /// <summary>Met and breached per target over [from, to], targets that counted anything, by target id.</summary>
    private List<TargetCompliance> Compliance(LocalDate from, LocalDate to)
    {
        var totals = new SortedDictionary<string, (int Met, int Breached)>(StringComparer.Ordinal);
        foreach (var day in DaysBetween(from, to))
        {
            foreach (var (targetId, tally) in day.Targets)
            {
                var (met, breached) = totals.GetValueOrDefault(targetId);
                totals[targetId] = (met + tally.Met, breached + tally.Breached);
            }
        }

        return [.. totals.Select(t => new TargetCompliance(t.Key, t.Value.Met, t.Value.Breached, Percent(t.Value.Met, t.Value.Breached)))];
    }

    private static double? Percent(int met, int breached) =>
        met + breached == 0 ? null : met * 100.0 / (met + breached);

    private IEnumerable<DailyTally> DaysBetween(LocalDate from, LocalDate to) =>
        ReportPeriod.Days(from, to)
            .Select(date => _days.GetValueOrDefault(DateKey(date)))
            .OfType<DailyTally>();

    private (string Key, DailyTally Day) Day(DepartmentDefinition department, Instant at)
    {
        var key = DateKey(at.InZone(Zone(department)).Date);
        return (key, _days.TryGetValue(key, out var day) ? day : new DailyTally());
    }

    private CountedWork CountedFor(string workId, Instant now) =>
        _counted.TryGetValue(workId, out var counted) ? counted : new CountedWork { LastCountedAt = now };

    /// <summary>
    /// Drops the counted ids of work that is not open in the department and was last counted more than
    /// <see cref="CountedWork.Retention"/> ago; runs at most once per <see cref="CountedWork.PruneInterval"/>.
    /// </summary>
    private void Prune(Instant now)
    {
        if (_lastPrunedAt is { } last && now - last < CountedWork.PruneInterval)
        {
            return;
        }

        _lastPrunedAt = now;
        var cutoff = now - CountedWork.Retention;
        foreach (var workId in _counted.Where(pair => pair.Value.LastCountedAt < cutoff && !_openCases.ContainsKey(pair.Key)).Select(pair => pair.Key).ToList())
        {
            _counted.Remove(workId);
        }
    }

    private static string DateKey(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
