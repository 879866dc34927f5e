using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;

namespace Asivado.Grains.Cases;

/// <summary>
/// Which targets a lifecycle command settles:
/// <list type="table">
/// <listheader><term>command</term><description>settles</description></listheader>
/// <item><term>acknowledge</term><description>"acknowledge"; also "reply-written" when the method is Email or TicketReply,
/// and "return-voicemail" when it is CallBack or Phone (the acknowledgement is the reply).</description></item>
/// <item><term>refer, assign</term><description>"refer" (the case reached the people who work it).</description></item>
/// <item><term>respond, resolve, decline</term><description>"respond", "reply-written", "return-voicemail" and the
/// referral deadline.</description></item>
/// <item><term>anything else</term><description>nothing. Reassign keeps the targets running; reopen settles nothing and
/// starts nothing: targets already settled stay settled, open ones keep counting.</description></item>
/// </list>
/// A target settled at or before its due instant is Met; settled later it is (or stays) Breached, with its SettledAt.
/// </summary>
internal static class DeadlineSettlement
{
    private static readonly string[] Answered =
        [CaseTargets.Respond, CaseTargets.ReplyWritten, CaseTargets.ReturnVoicemail, CaseTargets.Referral];

    public static IReadOnlyList<string> TargetsSettledBy(CaseCommand command) => command switch
    {
        AcknowledgeCase acknowledge => Acknowledged(acknowledge.Method),
        ReferCase or AssignCase => [CaseTargets.Refer],
        RespondToCase or ResolveCase or DeclineCase => Answered,
        _ => [],
    };

    private static string[] Acknowledged(ContactMethod method) => method switch
    {
        ContactMethod.Email or ContactMethod.TicketReply => [CaseTargets.Acknowledge, CaseTargets.ReplyWritten],
        ContactMethod.CallBack or ContactMethod.Phone => [CaseTargets.Acknowledge, CaseTargets.ReturnVoicemail],
        _ => [CaseTargets.Acknowledge],
    };
}
