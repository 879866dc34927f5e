using Asivado.Domain.Cases;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Simulate;

/// <summary>
/// The day replayed: its date and zone, and its contacts, either recorded (each with its instant) or generated from
/// hourly arrival rates (a Poisson process per hour, uniform within the hour, from a seed: the same file gives the
/// same day every time).
/// </summary>
public sealed record ContactDay(LocalDate Date, DateTimeZone Zone, Duration Length, IReadOnlyList<Contact> Contacts)
{
    public Instant Start => Date.AtStartOfDayInZone(Zone).ToInstant();

    public Instant End => Start + Length;

    public static ContactDay Load(string file) => Read(JsonInput.Parse(File.ReadAllText(file), Path.GetFileName(file)));

    internal static ContactDay Read(JsonInput root)
    {
        root.OnlyFields("date", "timeZone", "hours", "seed", "arrivals", "contacts");
        var date = root.Required("date").Parsed(LocalDatePattern.Iso, "a date (yyyy-MM-dd)");
        var zoneField = root.Optional("timeZone");
        var zone = zoneField is { } z
            ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(z.String()) ?? throw new SimulationInputException(z.Path, $"'{z.String()}' is not an IANA time zone")
            : DateTimeZone.Utc;
        var length = Duration.FromHours(root.Optional("hours")?.Number(1, 24 * 14) ?? 24);
        var day = new ContactDay(date, zone, length, []);
        var arrivals = root.Optional("arrivals");
        var recorded = root.Optional("contacts");
        if ((arrivals is null) == (recorded is null))
        {
            throw new SimulationInputException($"{root.Path}.arrivals", "give either arrivals (hourly rates) or contacts (recorded), not both or neither");
        }

        var contacts = arrivals is { } rates
            ? Generate(rates, day, (int)(root.Optional("seed")?.Number(0, int.MaxValue) ?? 1))
            : [.. recorded!.Value.Items().Select(ReadRecorded)];
        var outside = contacts.FirstOrDefault(c => c.At < day.Start || c.At >= day.End);
        if (outside is not null)
        {
            throw new SimulationInputException($"{root.Path}.contacts", $"a contact at {outside.At} is outside the day ({day.Start} to {day.End})");
        }

        return day with { Contacts = [.. contacts.OrderBy(c => c.At)] };
    }

    private static Contact ReadRecorded(JsonInput item)
    {
        item.OnlyFields("at", "departmentId", "channel", "kind");
        return new Contact(
            item.Required("at").Parsed(InstantPattern.ExtendedIso, "an instant (2026-01-05T09:30:00Z)"),
            item.Required("departmentId").String(),
            item.Required("channel").Enum<Channel>(),
            item.Required("kind").Enum<CaseKind>());
    }

    private static List<Contact> Generate(JsonInput rates, ContactDay day, int seed)
    {
        var random = new Random(seed);
        var contacts = new List<Contact>();
        foreach (var stream in rates.Items())
        {
            stream.OnlyFields("departmentId", "channel", "kind", "perHour");
            var departmentId = stream.Required("departmentId").String();
            var channel = stream.Required("channel").Enum<Channel>();
            var kind = stream.Required("kind").Enum<CaseKind>();
            var perHour = stream.Required("perHour").Items();
            if (perHour.Count != 24)
            {
                throw new SimulationInputException(stream.Required("perHour").Path, $"must give 24 hourly rates (local hours 0-23), gave {perHour.Count}");
            }

            for (var hour = 0; hour < day.Length.TotalHours; hour++)
            {
                var rate = perHour[hour % 24].Number(0, 100_000);
                var hourStart = day.Start + Duration.FromHours(hour);
                for (var n = Poisson(random, rate); n > 0; n--)
                {
                    contacts.Add(new Contact(hourStart + Duration.FromSeconds(random.Next(3600)), departmentId, channel, kind));
                }
            }
        }

        return contacts;
    }

    /// <summary>Knuth's method for small rates; a rounded normal approximation above 30 an hour.</summary>
    private static int Poisson(Random random, double rate)
    {
        if (rate > 30)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(rate + Math.Sqrt(rate) * normal));
        }

        var limit = Math.Exp(-rate);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            count++;
        }

        return count;
    }
}
