using NodaTime;

namespace Asivado.Forecast.Benchmarks;

/// <summary>One generated contact: when it arrives and how long its handling will really take (business time).</summary>
internal sealed record Contact(string CaseId, Instant ArrivesAt, Duration Handling);

/// <summary>
/// A day of e-mails, seeded: Poisson arrivals from 08:30 to 17:00 at <see cref="ScenarioOptions.QuietPerHour"/> an
/// hour, <see cref="ScenarioOptions.PeakPerHour"/> from 10:00 to 12:00; each takes a log-normal handling time with the
/// median <see cref="ScenarioOptions.MedianHandling"/> (σ 0.5: one in ten takes over 1.9 times the median).
/// </summary>
internal static class DayOfContacts
{
    public static IReadOnlyList<Contact> Generate(ScenarioOptions options, Instant day)
    {
        var random = new Random(options.Seed);
        var contacts = new List<Contact>();
        var at = day.Plus(Duration.FromMinutes(8 * 60 + 30));
        var end = day.Plus(Duration.FromHours(17));
        while (true)
        {
            var local = (at - day).TotalHours;
            var rate = local is >= 10 and < 12 ? options.PeakPerHour : options.QuietPerHour;
            at = at.Plus(Duration.FromSeconds(-Math.Log(1 - random.NextDouble()) * 3600 / rate));
            if (at >= end)
            {
                return contacts;
            }

            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var handling = Duration.FromSeconds(Math.Round(options.MedianHandling.TotalSeconds * Math.Exp(0.5 * normal)));
            contacts.Add(new Contact($"C-{contacts.Count + 1:0000}", at, handling));
        }
    }
}
