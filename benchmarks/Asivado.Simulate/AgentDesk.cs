using NodaTime;

namespace Asivado.Simulate;

/// <summary>
/// One agent's working day as the simulator plays it: the cases the department gave her, worked one after another
/// while she is on shift (a case not finished at the end of a shift goes on at the next), and the time she was busy.
/// </summary>
internal sealed class AgentDesk(string personId, string departmentId, IReadOnlyList<(Instant Start, Instant End)> shifts)
{
    private readonly Queue<(string CaseId, Duration Handling)> _waiting = new();
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private (string CaseId, Duration Left, Instant Since)? _working;

    public string PersonId { get; } = personId;

    public string DepartmentId { get; } = departmentId;

    public IReadOnlyList<(Instant Start, Instant End)> Shifts { get; } = shifts;

    public Duration Busy { get; private set; }

    public Duration OnShift => Shifts.Aggregate(Duration.Zero, (sum, shift) => sum + (shift.End - shift.Start));

    public bool IsOnShift(Instant at) => Shifts.Any(shift => shift.Start <= at && at < shift.End);

    /// <returns>True the first time the case is seen (the agent acknowledges it then).</returns>
    public bool Receive(string caseId, Duration handling)
    {
        if (!_known.Add(caseId))
        {
            return false;
        }

        _waiting.Enqueue((caseId, handling));
        return true;
    }

    /// <summary>When the case in hand is finished, if she stays on shift until then; otherwise the end of her shift.</summary>
    public Instant? NextEvent(Instant now)
    {
        if (_working is not { } working || !IsOnShift(now))
        {
            return null;
        }

        var shiftEnd = Shifts.First(shift => shift.Start <= now && now < shift.End).End;
        var done = working.Since + working.Left;
        return done < shiftEnd ? done : shiftEnd;
    }

    /// <summary>Moves her work on to <paramref name="now"/>: returns the cases finished by then and starts the next one.</summary>
    public IReadOnlyList<string> Work(Instant now)
    {
        var finished = new List<string>();
        if (_working is { } working)
        {
            var worked = Min(now - working.Since, working.Left);
            if (IsOnShift(working.Since))
            {
                Busy += worked;
                working = working with { Left = working.Left - worked, Since = now };
            }
            else
            {
                working = working with { Since = now };
            }

            _working = working;
            if (working.Left <= Duration.Zero)
            {
                finished.Add(working.CaseId);
                _working = null;
            }
        }

        if (_working is null && _waiting.TryDequeue(out var next))
        {
            _working = (next.CaseId, next.Handling, now);
        }

        return finished;
    }

    private static Duration Min(Duration a, Duration b) => a < b ? a : b;
}
