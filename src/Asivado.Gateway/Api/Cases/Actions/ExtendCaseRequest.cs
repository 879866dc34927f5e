using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Domain.Deadlines;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>
/// POST /api/cases/{id}/extend: a new committed date for the substantive response, with the record that the
/// customer was told (seed policy: notify the customer and give the date they can expect a response).
/// </summary>
public sealed record ExtendCaseRequest(Instant? NewDueAt, string? Reason, CustomerNoticeRequest? Notice) : ICaseCommandRequest
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now)
    {
        errors.RequirePresent("newDueAt", NewDueAt);
        if (NewDueAt is { } due && due <= now)
        {
            errors.Add("newDueAt", "must be in the future");
        }
        else
        {
            errors.Within("newDueAt", NewDueAt, CaseTimeLimits.Commitment(now));
        }

        errors.RequireText("reason", Reason, FieldRules.MaxReasonLength, TextLayout.MultiLine);
        if (Notice is null)
        {
            errors.Add("notice", "an extension requires the record that the customer was told the new date");
            return;
        }

        errors.RequirePresent("notice.toldAt", Notice.ToldAt);
        errors.Within("notice.toldAt", Notice.ToldAt, CaseTimeLimits.NoticeToldAt(now));

        errors.RequireDefined("notice.method", Notice.Method);
        errors.RequireText("notice.toldBy", Notice.ToldBy, FieldRules.MaxNameLength, TextLayout.SingleLine);
    }

    public CaseCommand ToCommand(Instant now) =>
        new ExtendCase(now, NewDueAt!.Value, Reason!, new CustomerNotice(Notice!.ToldAt!.Value, Notice.Method!.Value, Notice.ToldBy!));
}
