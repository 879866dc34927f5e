using Asivado.Grains.Access;
using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using NodaTime;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    public const int MaxReferralNoteLength = 2_000;

    /// <summary>
    /// To another department: a committed owner (a person of that department) and a committed due date in the
    /// future are required; the case moves there, its open clocks continue on that department's calendar, the owner
    /// is assigned and a "referral" deadline is added (it replaces an earlier one). Within the department both are
    /// optional and no referral deadline is added; an owner given is assigned (by the ownership rule: an agent only
    /// themselves). Either way the referral notes the expected resolution date (the policy's "noting the expected
    /// resolution date"): the committed date, or within the department without one, the date the customer was
    /// given for the response (the running "respond" deadline); with neither, the committed date is required.
    /// </summary>
    public async Task<GrainResult<CaseView>> Refer(CaseReferralRequest request, Actor by)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        if (!Exists)
        {
            return CaseNotFound();
        }

        if (Refusal(by, CaseAction.Refer(request.DepartmentId ?? "", request.OwnerId)) is { } refused)
        {
            return refused;
        }

        var now = Now;
        var from = Current.DepartmentId;
        if (string.IsNullOrWhiteSpace(request.DepartmentId) || _directory.FindDepartment(request.DepartmentId) is not { } department)
        {
            return GrainError.Invalid("departmentId", $"'{request.DepartmentId}' is not a department.");
        }

        var elsewhere = department.Id != from;
        if (elsewhere && department.Policies.Count == 0)
        {
            return GrainError.Conflict($"Department {department.Id} has no service policy to hold a referral deadline.");
        }

        if (ValidateReferral(request, department.Id, elsewhere, now) is { } invalid)
        {
            return invalid;
        }

        var before = Current.Case!;
        var refer = new ReferCase(now, department.Id);
        var referred = CaseLifecycle.Apply(before, refer);
        if (!referred.Succeeded)
        {
            return ToGrainError(referred.Error);
        }

        if ((request.CommittedDueAt ?? RespondingBy()) is not { } expected)
        {
            return GrainError.Invalid("committedDueAt", "The case has no running response deadline: a referral needs the expected resolution date the customer was given.");
        }

        var after = referred.State;
        AssignCase? assign = request.OwnerId is { } ownerId ? new AssignCase(now, ownerId) : null;
        if (assign is not null)
        {
            var assigned = CaseLifecycle.Apply(after, assign);
            if (!assigned.Succeeded)
            {
                return ToGrainError(assigned.Error);
            }

            after = assigned.State;
        }

        var change = new CaseChange(Current, now);
        change.SetCase(after);
        change.Update(state => state with
        {
            DepartmentId = department.Id,
            Referral = new CaseReferralView(now, from, department.Id, request.OwnerId, request.CommittedDueAt, request.Note, expected),
        });
        if (elsewhere)
        {
            MoveClocksTo(change, department);
            AddReferralDeadline(change, new CommittedDeadline(
                request.OwnerId!, department.Id, now, request.CommittedDueAt!.Value, department.Policies[0], department.Calendar));
        }

        var settlement = Settle(change, DeadlineSettlement.TargetsSettledBy(refer));
        change.Record(by, refer.Name, request.Note, new HistoryDetails()
            .Add("fromDepartmentId", from)
            .Add("departmentId", department.Id)
            .Add("ownerId", request.OwnerId)
            .Add("committedDueAt", request.CommittedDueAt)
            .Add("expectedResolutionAt", expected)
            .Add(settlement)
            .Build());
        if (assign is not null)
        {
            change.Record(by, assign.Name, "referral owner", new HistoryDetails().Add("agentId", assign.AgentId).Build());
        }

        if (before.AssigneeId is { } previous && previous != after.AssigneeId)
        {
            change.AgentMessages.Add(new ReleaseFromAgent(previous, "referred"));
        }

        if (assign is not null)
        {
            change.AgentMessages.Add(new TrackOnAgent(assign.AgentId));
        }

        await CommitAsync(change);
        LogCaseReferred(_logger, CaseId, from, department.Id);

        if (elsewhere)
        {
            var old = GrainFactory.GetGrain<IDepartmentGrain>(from);
            await TryAsync("UntrackCase", from, () => old.UntrackCase(CaseId));
        }

        await AnnounceAsync();

        // The forwarding ("refer") was the old department's to meet: its outcome is counted there.
        await DeliverAsync(change, from);
        return GrainResult<CaseView>.Ok(View());
    }

    private GrainError? ValidateReferral(CaseReferralRequest request, string departmentId, bool elsewhere, Instant now)
    {
        if (request.OwnerId is { } ownerId ? !WorksIn(ownerId, departmentId) : elsewhere)
        {
            return GrainError.Invalid("ownerId", elsewhere && request.OwnerId is null
                ? "A referral to another department needs a committed owner from that department."
                : Organisation.CaseWorkers.Refusal(_directory.FindPerson(request.OwnerId!), request.OwnerId!, departmentId));
        }

        var window = CaseTimeLimits.Commitment(now);
        if (request.CommittedDueAt is { } due ? due <= now || !window.Contains(due) : elsewhere)
        {
            return GrainError.Invalid("committedDueAt", request.CommittedDueAt is not { } committed ? "A referral to another department needs the committed due date."
                : committed <= now ? "must be in the future."
                : window.Explain() + ".");
        }

        return request.Note is { Length: > MaxReferralNoteLength } ? GrainError.Invalid("note", $"must be at most {MaxReferralNoteLength} characters.")
            : request.Note is { } note && FreeText.Problem(note, TextLayout.MultiLine) is { } problem ? GrainError.Invalid("note", problem + ".")
            : null;
    }

    /// <summary>The due instant of the running (open, not paused) response deadline: the date the customer was given.</summary>
    private Instant? RespondingBy() =>
        Current.Deadlines.FirstOrDefault(d => d.TargetId == CaseTargets.Respond && d.IsOpen && !d.IsPaused) is { } respond
            ? _deadlines.DueAt(respond)
            : null;

    /// <summary>A referral of a paused case commits a date that starts paused, like the case's other clocks.</summary>
    private static void AddReferralDeadline(CaseChange change, CommittedDeadline committed)
    {
        var deadline = CaseDeadline.For(change.State.Case!.IsPaused ? committed.Pause(change.At, "the case was paused when it was referred") : committed);
        var index = IndexOf(change.Deadlines, CaseTargets.Referral);
        change.Update(state => state with
        {
            Deadlines = index < 0 ? state.Deadlines.Add(deadline) : state.Deadlines.SetItem(index, deadline),
        });
    }
}
