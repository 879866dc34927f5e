namespace Asivado.Grains.Cases;

/// <summary>The target ids the case grain treats specially (the seed policies' ids, and the referral deadline's own).</summary>
internal static class CaseTargets
{
    public const string Acknowledge = "acknowledge";
    public const string Refer = "refer";
    public const string Respond = "respond";
    public const string ReplyWritten = "reply-written";
    public const string ReturnVoicemail = "return-voicemail";

    /// <summary>The committed date of a referral to another department; not a policy target.</summary>
    public const string Referral = "referral";

    /// <summary>Wall-clock targets of a live call: the call grain starts them from telephony events, never the case.</summary>
    public static bool IsOwnedByCall(string targetId) => targetId is "answer-call" or "hold";
}
