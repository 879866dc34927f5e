using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Guide;

/// <summary>Builds a <see cref="CaseGuide"/> from the case view with the domain's own rules (nothing decided here).</summary>
public static class CaseGuideBuilder
{
    /// <summary>Shown in a preview instead of the name to someone who may not see the customer's details.</summary>
    public const string RedactedCustomerName = "customer";

    /// <summary>The substantive response's target: the date an acknowledgement promises.</summary>
    private const string RespondTarget = "respond";

    /// <summary>A referral's committed date (the case grain's referral deadline).</summary>
    private const string ReferralTarget = "referral";

    public static CaseGuide Build(CaseView view, IOrganisationDirectory directory, bool maySeeContact)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(directory);
        var department = directory.FindDepartment(view.DepartmentId);
        var zone = department is null ? DateTimeZone.Utc : directory.Calendars.Get(department.Calendar).Zone;
        var deadlines = view.Deadlines
            .Select(d => new DeadlineGuide(d.TargetId, d.Title, DeadlineWording.Describe(d.Explanation, ZoneOf(d.Explanation, zone))))
            .ToList();
        return new CaseGuide(view.Id, zone.Id, CaseLifecycle.CommandsAllowedIn(StateOf(view)), Acknowledgement(view, directory, department, zone, maySeeContact), deadlines);
    }

    private static AcknowledgementGuide? Acknowledgement(CaseView view, IOrganisationDirectory directory, DepartmentDefinition? department, DateTimeZone zone, bool maySeeContact)
    {
        if (view.Acknowledgement is not null)
        {
            return null;
        }

        var plan = AcknowledgementPlanner.Plan(view.Channel, view.Customer.Contact);
        var promise = Promise(view, directory, department, out var missing);
        var previews = new List<AcknowledgementPreview>();
        foreach (var method in plan.Methods)
        {
            if (promise is not null && directory.AcknowledgementTemplates.For(method, view.Kind) is { } template)
            {
                var name = maySeeContact ? view.Customer.Name : RedactedCustomerName;
                var values = new AcknowledgementValues(name, view.Id, promise.ReferredTo, promise.ExpectedResponseBy);
                var rendered = TemplateRenderer.Render(template, values, zone, directory.AcknowledgementLanguage);
                previews.Add(new AcknowledgementPreview(method, rendered.Subject, rendered.Body));
            }
        }

        return new AcknowledgementGuide(plan.Methods, plan.DuringContact, previews, missing);
    }

    /// <summary>The domain's rule (<see cref="AcknowledgementPromise.Make"/>) over the view, as the case grain applies it over its state.</summary>
    private static AcknowledgementPromise? Promise(CaseView view, IOrganisationDirectory directory, DepartmentDefinition? department, out string? missing)
    {
        var owner = view.AssigneeId is { } ownerId && directory.FindPerson(ownerId) is { } person ? $"{person.Name} ({department?.Name ?? view.DepartmentId})" : null;
        var referred = view.Referral is { } referral ? directory.FindDepartment(referral.DepartmentId)?.Name ?? referral.DepartmentId : null;
        var respond = view.Deadlines.FirstOrDefault(d => d.TargetId == RespondTarget && d.State is DeadlineState.Pending or DeadlineState.Breached && d.SettledAt is null)?.DueAt;
        var committed = view.Deadlines.FirstOrDefault(d => d.TargetId == ReferralTarget && d.SettledAt is null) is { } deadline ? deadline.DueAt : view.Referral?.CommittedDueAt;
        return AcknowledgementPromise.Make(owner, referred, respond, committed, out missing);
    }

    private static DateTimeZone ZoneOf(DeadlineExplanation explanation, DateTimeZone fallback) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(explanation.TimeZoneId) ?? fallback;

    private static CaseState StateOf(CaseView view) => new(
        view.Id, view.Channel, view.Kind, view.ReceivedAt, view.Status, view.Acknowledgement?.Fact,
        view.Referral is { } referral ? new CaseReferral(referral.At, referral.DepartmentId) : null,
        view.AssigneeId, view.IsPaused, Outcome: view.Outcome, ClosedAt: view.ClosedAt, ReopenCount: view.ReopenCount);
}
