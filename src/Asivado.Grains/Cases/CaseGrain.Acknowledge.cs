using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using NodaTime;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    /// <summary>
    /// The acknowledgement this case can give now, by the domain's rule (<see cref="AcknowledgementPromise"/>): the
    /// owner (assignee) or the department it was referred to, and the live response deadline or the committed referral
    /// date, rendered with the organisation's template for the method and kind, in the calendar's zone and the
    /// organisation's language. A conflict naming what is missing when it cannot name them.
    /// </summary>
    private GrainResult<AcknowledgementRecord> Acknowledgement(AcknowledgeCase acknowledge)
    {
        var @case = Current.Case!;
        var department = _directory.FindDepartment(Current.DepartmentId);
        var owner = @case.AssigneeId is { } ownerId && _directory.FindPerson(ownerId) is { } person
            ? $"{person.Name} ({department?.Name ?? Current.DepartmentId})"
            : null;
        var referredDepartment = Current.Referral is { } referral ? _directory.FindDepartment(referral.DepartmentId)?.Name ?? referral.DepartmentId : null;
        var promise = AcknowledgementPromise.Make(owner, referredDepartment, RespondingBy(), CommittedReferralBy(), out var missing);
        if (promise is null)
        {
            return GrainError.Conflict($"Cannot acknowledge case {CaseId}: {missing}.");
        }

        if (_directory.AcknowledgementTemplates.For(acknowledge.Method, @case.Kind) is not { } template)
        {
            return GrainError.Conflict($"Cannot acknowledge case {CaseId}: the organisation has no acknowledgement template for {acknowledge.Method}.");
        }

        var zone = department is null ? DateTimeZone.Utc : _directory.Calendars.Get(department.Calendar).Zone;
        var values = new AcknowledgementValues(Current.Customer!.Name, CaseId, promise.ReferredTo, promise.ExpectedResponseBy);
        var rendered = TemplateRenderer.Render(template, values, zone, _directory.AcknowledgementLanguage);
        return GrainResult<AcknowledgementRecord>.Ok(new AcknowledgementRecord(
            acknowledge.At,
            acknowledge.Method,
            promise.ReferredTo,
            owner is null ? null : @case.AssigneeId,
            owner is null ? Current.Referral?.DepartmentId : null,
            promise.ExpectedResponseBy,
            new AcknowledgementMessage(template.Reference, rendered.Subject, rendered.Body)));
    }

    /// <summary>The referral's committed date as it stands (moved by pauses; null while paused), when there is one.</summary>
    private Instant? CommittedReferralBy() =>
        Current.Deadlines.FirstOrDefault(d => d.TargetId == CaseTargets.Referral && d.IsOpen) is { } referral
            ? _deadlines.DueAt(referral)
            : Current.Referral?.CommittedDueAt;
}
