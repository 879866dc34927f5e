namespace Asivado.Orleans.PostgreSql.Deadlines;

/// <summary>
/// Hands out one instance per distinct string value within one read. Stops remembering new values after
/// <see cref="Limit"/> of them, so a column whose values are mostly distinct costs no more than a small dictionary.
/// </summary>
internal sealed class RepeatedStrings
{
    internal const int Limit = 1_024;

    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public string Share(string value)
    {
        if (_seen.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_seen.Count < Limit)
        {
            _seen.Add(value, value);
        }

        return value;
    }
}
