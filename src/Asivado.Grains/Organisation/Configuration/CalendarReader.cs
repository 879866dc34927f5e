using System.Collections.Immutable;
using Asivado.Domain.Calendars;
using NodaTime;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>Reads one entry of "calendars" into the domain's <see cref="BusinessCalendarDefinition"/>, checking every field where it is.</summary>
internal static class CalendarReader
{
    private static readonly string[] CalendarFields = ["id", "version", "timeZone", "weeklyHours", "holidays", "businessDayLength"];
    private static readonly string[] WeeklyHoursFields = ["days", "start", "end"];
    private static readonly string[] HolidayFields = ["date", "name", "closedFrom", "closedUntil"];

    public static BusinessCalendarDefinition Read(ConfigField calendar)
    {
        calendar.OnlyFields(CalendarFields);
        var zoneField = calendar.Required("timeZone");
        var zone = zoneField.String();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            throw ConfigField.Error(zoneField.Path, $"'{zone}' is not a known IANA time zone (e.g. Europe/London)");
        }

        var weeklyHours = calendar.Required("weeklyHours");
        var intervals = weeklyHours.Items().SelectMany(ReadWeeklyHours).ToImmutableArray();
        if (intervals.IsEmpty)
        {
            throw ConfigField.Error(weeklyHours.Path, "must contain at least one opening interval");
        }

        return new BusinessCalendarDefinition(
            calendar.Required("id").Id(),
            calendar.Optional("version")?.PositiveInt() ?? 1,
            zone,
            intervals,
            [.. calendar.Optional("holidays")?.Items().Select(ReadHoliday) ?? []],
            calendar.Optional("businessDayLength")?.PositiveDuration());
    }

    private static IEnumerable<OpeningInterval> ReadWeeklyHours(ConfigField entry)
    {
        entry.OnlyFields(WeeklyHoursFields);
        var start = entry.Required("start").Time();
        var endField = entry.Required("end");
        var end = endField.Time(allowEndOfDay: true);
        if (end != LocalTime.Midnight && end <= start)
        {
            throw ConfigField.Error(endField.Path, $"{end:HH:mm} must be after start {start:HH:mm}");
        }

        var daysField = entry.Required("days");
        var days = daysField.Items().Select(d => d.Enum<IsoDayOfWeek>()).ToList();
        if (days.Count == 0)
        {
            throw ConfigField.Error(daysField.Path, "must list at least one day");
        }

        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] == IsoDayOfWeek.None)
            {
                throw ConfigField.Error($"{daysField.Path}[{i}]", "must be a day of the week (Monday to Sunday)");
            }

            if (days.IndexOf(days[i]) != i)
            {
                throw ConfigField.Error($"{daysField.Path}[{i}]", $"{days[i]} is listed more than once");
            }
        }

        return days.Select(day => new OpeningInterval(day, start, end));
    }

    private static Holiday ReadHoliday(ConfigField entry)
    {
        entry.OnlyFields(HolidayFields);
        var date = entry.Required("date").Date();
        var name = entry.Required("name").String();
        var fromField = entry.Optional("closedFrom");
        var untilField = entry.Optional("closedUntil");
        if (fromField is null && untilField is null)
        {
            return new Holiday(date, name);
        }

        if (fromField is not { } from)
        {
            throw ConfigField.Error($"{entry.Path}.closedFrom", "is required with closedUntil (a part-day closure needs both)");
        }

        if (untilField is not { } until)
        {
            throw ConfigField.Error($"{entry.Path}.closedUntil", "is required with closedFrom (a part-day closure needs both)");
        }

        var closedFrom = from.Time();
        var closedUntil = until.Time(allowEndOfDay: true);
        if (closedUntil != LocalTime.Midnight && closedUntil <= closedFrom)
        {
            throw ConfigField.Error(until.Path, $"{closedUntil:HH:mm} must be after closedFrom {closedFrom:HH:mm}");
        }

        return new Holiday(date, name, closedFrom, closedUntil);
    }
}
