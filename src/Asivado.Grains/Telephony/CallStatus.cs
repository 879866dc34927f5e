namespace Asivado.Grains.Telephony;

public enum CallStatus
{
    Ringing = 1,
    Connected,
    OnHold,
    Transferred,
    Ended,
}
