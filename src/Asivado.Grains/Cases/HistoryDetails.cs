using NodaTime;
using NodaTime.Text;

namespace Asivado.Grains.Cases;

/// <summary>Builds a history entry's details: ids, names, instants; never contact details. Null values are left out.</summary>
internal sealed class HistoryDetails
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public HistoryDetails Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _values[key] = value;
        }

        return this;
    }

    public HistoryDetails Add(string key, Instant? value) => Add(key, value is { } instant ? Format(instant) : null);

    public HistoryDetails Add(string key, IReadOnlyCollection<string> values) => Add(key, values.Count > 0 ? string.Join(",", values) : null);

    /// <summary>Adds "met" and "breached" with the target ids a change settled.</summary>
    public HistoryDetails Add(Settlement settlement) => Add("met", settlement.Met).Add("breached", settlement.Breached);

    public IReadOnlyDictionary<string, string> Build() => new Dictionary<string, string>(_values, StringComparer.Ordinal);

    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
