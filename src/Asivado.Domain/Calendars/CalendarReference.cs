namespace Asivado.Domain.Calendars;

/// <summary>Identifies the exact calendar version a deadline was computed with.</summary>
public sealed record CalendarReference(string CalendarId, int Version)
{
    public override string ToString() => $"{CalendarId}@v{Version}";
}
