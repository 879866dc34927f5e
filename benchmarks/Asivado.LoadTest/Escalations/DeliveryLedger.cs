using System.Collections.Concurrent;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Escalations;

/// <summary>
/// Which expected breaches reached which lead console: every created case, for every expected target it has a
/// deadline for, should bring its breach to each lead of its department (cases nobody is assigned to escalate to
/// the leads; an assignee gets it as well). One 64-bit mask per case, bit = target × leads per department + lead.
/// Thread-safe; a breach may arrive before the 201 that registers its case.
/// </summary>
public sealed class DeliveryLedger(IReadOnlyList<string> expectedTargets, int leadsPerDepartment)
{
    private readonly ConcurrentDictionary<string, CaseDeliveries> _cases = new(StringComparer.Ordinal);

    public bool IsTracking => expectedTargets.Count > 0;

    public void RegisterCase(CreatedCase created, int departmentIndex)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (!IsTracking)
        {
            return;
        }

        var dueAt = new DateTimeOffset?[expectedTargets.Count];
        for (var target = 0; target < expectedTargets.Count; target++)
        {
            dueAt[target] = created.DueAt.TryGetValue(expectedTargets[target], out var due) ? due : null;
        }

        var entry = _cases.GetOrAdd(created.Id, _ => new CaseDeliveries());
        entry.DepartmentIndex = departmentIndex;
        entry.DueAt = dueAt;
    }

    /// <summary>A breach push a console applied; ignored unless a lead's, of an expected target.</summary>
    public void RecordBreach(LoadPerson recipient, string caseId, string? targetId)
    {
        if (!IsTracking || !recipient.IsLead || targetId is null)
        {
            return;
        }

        var target = IndexOf(targetId);
        if (target < 0 || recipient.LeadIndex >= leadsPerDepartment)
        {
            return;
        }

        var entry = _cases.GetOrAdd(caseId, _ => new CaseDeliveries());
        Interlocked.Or(ref entry.Received, 1L << ((target * leadsPerDepartment) + recipient.LeadIndex));
    }

    /// <param name="dueBy">Expected breaches due later than this are not checked (they could not have arrived yet).</param>
    /// <param name="hasConsole">Whether lead (department index, lead index) had a console connected at the start.</param>
    public DeliveryOutcome Evaluate(DateTimeOffset dueBy, Func<int, int, bool> hasConsole)
    {
        long expected = 0, missing = 0, neverEscalated = 0, notDue = 0, unknown = 0;
        foreach (var entry in _cases.Values)
        {
            if (entry.DueAt is not { } dueAt)
            {
                unknown++;
                continue;
            }

            var mask = Interlocked.Read(ref entry.Received);
            var checkedAny = false;
            for (var target = 0; target < dueAt.Length; target++)
            {
                if (dueAt[target] is not { } due)
                {
                    continue;
                }

                if (due > dueBy)
                {
                    notDue++;
                    continue;
                }

                for (var lead = 0; lead < leadsPerDepartment; lead++)
                {
                    if (!hasConsole(entry.DepartmentIndex, lead))
                    {
                        continue;
                    }

                    checkedAny = true;
                    expected++;
                    if ((mask & (1L << ((target * leadsPerDepartment) + lead))) == 0)
                    {
                        missing++;
                    }
                }
            }

            if (checkedAny && mask == 0)
            {
                neverEscalated++;
            }
        }

        return new DeliveryOutcome(expected, missing, neverEscalated, notDue, unknown);
    }

    private int IndexOf(string targetId)
    {
        for (var index = 0; index < expectedTargets.Count; index++)
        {
            if (expectedTargets[index] == targetId)
            {
                return index;
            }
        }

        return -1;
    }

    private sealed class CaseDeliveries
    {
        public long Received;

        public int DepartmentIndex = -1;

        /// <summary>Per expected target; null until the case's 201 registered it.</summary>
        public DateTimeOffset?[]? DueAt;
    }
}
