namespace Asivado.Grains.Telephony;

/// <summary>The policy target ids a call measures.</summary>
public static class CallTargets
{
    /// <summary>Answered within the policy's rings (3 × 6 s by default).</summary>
    public const string AnswerCall = "answer-call";

    /// <summary>Each hold under the policy's limit (1 minute by default).</summary>
    public const string Hold = "hold";
}
