using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Grains.Departments;

/// <summary>Outcome and feedback tallies by local date of the department calendar, and the reports over them.</summary>
public sealed partial class DepartmentGrain
{
    private DepartmentTallyState Tallies => _tallies.State;

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
        Day(department, outcome.At).Count(outcome.TargetId, outcome.Met);
        Tallies.Prune(now, State.OpenCases.ContainsKey);
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
        var day = Day(department, receivedAt);
        if (kind == CaseKind.Praise)
        {
            day.Praise++;
        }
        else
        {
            day.ConstructiveCriticism++;
        }

        Tallies.Prune(now, State.OpenCases.ContainsKey);
        await SaveTalliesAsync();
    }

    public Task<GrainResult<ComplianceReport>> GetCompliance(LocalDate from, LocalDate to)
    {
        if (_directory.FindDepartment(DepartmentId) is null)
        {
            return Task.FromResult<GrainResult<ComplianceReport>>(GrainError.NotFound("No such department."));
        }

        if (ReportPeriod.Validate(from, to) is { } error)
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

        if (ReportPeriod.Validate(from, to) is { } error)
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
            .Select(date => Tallies.Days.GetValueOrDefault(DateKey(date)))
            .OfType<DailyTally>();

    private DailyTally Day(DepartmentDefinition department, Instant at)
    {
        var key = DateKey(at.InZone(Zone(department)).Date);
        if (!Tallies.Days.TryGetValue(key, out var day))
        {
            Tallies.Days[key] = day = new DailyTally();
        }

        return day;
    }

    private CountedWork CountedFor(string workId, Instant now)
    {
        if (!Tallies.Counted.TryGetValue(workId, out var counted))
        {
            Tallies.Counted[workId] = counted = new CountedWork { LastCountedAt = now };
        }

        return counted;
    }

    private static string DateKey(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
