using System.Collections.Immutable;

namespace Asivado.Domain.Calendars;

/// <summary>
/// Every published version of every department calendar. Publishing a new version never replaces an
/// old one, so a case keeps computing with the version its deadlines were computed with until it is
/// explicitly recalculated. Thread-safe; reads take no lock.
/// </summary>
public sealed class CalendarCatalog
{
    private readonly object _publishLock = new();
    private ImmutableDictionary<CalendarReference, BusinessCalendar> _versions =
        ImmutableDictionary<CalendarReference, BusinessCalendar>.Empty;
    private ImmutableDictionary<string, BusinessCalendar> _latest =
        ImmutableDictionary<string, BusinessCalendar>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// Compiles and adds a version. It must be newer than the latest published version of that calendar;
    /// an invalid definition throws and leaves the catalog unchanged.
    /// </summary>
    public BusinessCalendar Publish(BusinessCalendarDefinition definition)
    {
        var calendar = BusinessCalendar.Create(definition);
        lock (_publishLock)
        {
            EnsureNewer(definition);
            _versions = _versions.Add(calendar.Reference, calendar);
            _latest = _latest.SetItem(definition.CalendarId, calendar);
        }

        return calendar;
    }

    /// <summary>Throws (field "version") unless <paramref name="definition"/> is newer than the latest version of its calendar: the check <see cref="Publish"/> makes.</summary>
    public void EnsureNewer(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_latest.TryGetValue(definition.CalendarId, out var latest) && latest.Definition.Version >= definition.Version)
        {
            throw new CalendarDefinitionException(
                "version",
                $"calendar '{definition.CalendarId}' already has version {latest.Definition.Version}; a new version must be greater");
        }
    }

    public bool Contains(CalendarReference reference) => _versions.ContainsKey(reference);

    public BusinessCalendar Get(CalendarReference reference) =>
        _versions.TryGetValue(reference, out var calendar)
            ? calendar
            : throw new KeyNotFoundException($"Calendar {reference} is not published.");

    public BusinessCalendar Latest(string calendarId) =>
        _latest.TryGetValue(calendarId, out var calendar)
            ? calendar
            : throw new KeyNotFoundException($"Calendar '{calendarId}' is not published.");
}
