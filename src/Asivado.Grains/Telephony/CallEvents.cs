namespace Asivado.Grains.Telephony;

/// <summary>The CTI events a call applies, as recorded in <see cref="CallGrainState.LastEvent"/>.</summary>
public static class CallEvents
{
    public const string Offer = "offer";
    public const string Answer = "answer";

    /// <summary>A person took the ringing call from the console (answered it as themselves).</summary>
    public const string Take = "take";
    public const string StartHold = "start-hold";
    public const string EndHold = "end-hold";
    public const string Transfer = "transfer";
    public const string End = "end";
}
