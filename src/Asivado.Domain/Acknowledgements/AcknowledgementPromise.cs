using NodaTime;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// What the seed policy says an acknowledgement must tell the customer: "the person to whom the issue has been
/// referred and when the customer can expect a response".
/// </summary>
public sealed record AcknowledgementPromise(string ReferredTo, Instant ExpectedResponseBy)
{
    /// <summary>
    /// The rule: referred to the named owner (the assignee), else the department the case was referred to; the
    /// response expected by the live response deadline (running, not paused), else the committed date of the
    /// referral. Null with <paramref name="missing"/> naming what is missing when either cannot be named.
    /// </summary>
    public static AcknowledgementPromise? Make(string? ownerName, string? referredDepartmentName, Instant? liveResponseDueAt, Instant? committedReferralDueAt, out string? missing)
    {
        var referredTo = string.IsNullOrWhiteSpace(ownerName) ? referredDepartmentName : ownerName;
        var expected = liveResponseDueAt ?? committedReferralDueAt;
        var gaps = new List<string>();
        if (string.IsNullOrWhiteSpace(referredTo))
        {
            gaps.Add("who it was referred to (the case has no owner and no referral: assign or refer it first)");
        }

        if (expected is null)
        {
            gaps.Add("when to expect a response (no running response deadline and no committed referral date)");
        }

        missing = gaps.Count == 0 ? null : "an acknowledgement must name " + string.Join(" and ", gaps);
        return missing is null ? new AcknowledgementPromise(referredTo!, expected!.Value) : null;
    }
}
