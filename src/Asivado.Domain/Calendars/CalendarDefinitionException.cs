namespace Asivado.Domain.Calendars;

/// <summary>A calendar definition is invalid; <see cref="Field"/> names the offending field.</summary>
public sealed class CalendarDefinitionException(string field, string message)
    : ArgumentException($"Calendar field '{field}': {message}", field)
{
    public string Field { get; } = field;
}
