using Asivado.Grains.Common;
using Asivado.Grains.Organisation.Revisions.Reapplication;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    public const string DeadlineReappliedAction = "deadline-reapplied";

    public async Task<ReapplyOutcome> Reapply(long revision)
    {
        if (!Exists)
        {
            DeactivateOnIdle();
            return ReapplyOutcome.NotOpen;
        }

        if (!Current.Case!.IsOpen)
        {
            return ReapplyOutcome.NotOpen;
        }

        await _revisions.CatchUpAsync(revision);
        if (_directory.FindDepartment(Current.DepartmentId) is not { } department)
        {
            return ReapplyOutcome.Unchanged;
        }

        var change = new CaseChange(Current, Now);
        var before = change.Deadlines;
        MoveClocksTo(change, department);
        var moved = 0;
        for (var i = 0; i < before.Length; i++)
        {
            var (old, @new) = (before[i], change.Deadlines[i]);
            if (old.Clock is not { } oldClock || ReferenceEquals(old.Clock, @new.Clock) || @new.Clock is not { } newClock)
            {
                continue;
            }

            moved++;
            change.Record(Actor.System, DeadlineReappliedAction, null, new HistoryDetails()
                .Add("targetId", old.TargetId)
                .Add("oldDueAt", _deadlines.DueAt(old))
                .Add("newDueAt", _deadlines.DueAt(@new))
                .Add("policy", newClock.Current.Policy.ToString())
                .Add("calendar", newClock.Current.Calendar.ToString())
                .Add("previousBasis", $"{oldClock.Current.Policy} {oldClock.Current.Calendar}")
                .Add("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Build());
        }

        if (moved == 0)
        {
            return ReapplyOutcome.Unchanged;
        }

        if (Current.Case.AssigneeId is { } assignee)
        {
            change.AgentMessages.Add(new TrackOnAgent(assignee));
        }

        await CommitAsync(change);
        LogDeadlinesReapplied(_logger, CaseId, revision, moved);
        await AnnounceAsync();
        await DeliverAsync(change, Current.DepartmentId);
        return ReapplyOutcome.Changed;
    }
}
