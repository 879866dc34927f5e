namespace Asivado.LoadTest.Launch;

/// <summary>
/// One host configuration value, given as <c>Key=Value</c> (<c>Deadlines:LookAhead=00:00:30</c>), passed to the launched
/// gateway as the environment variable <c>Deadlines__LookAhead</c>, which outranks its appsettings.json.
/// </summary>
public sealed record HostSetting(string Key, string Value)
{
    public string EnvironmentName => Key.Replace(":", "__", StringComparison.Ordinal);

    /// <exception cref="FormatException">No '=' or an empty key; the message says what was expected.</exception>
    public static HostSetting Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? "" : text[..equals].Trim();
        if (key.Length == 0 || key.Any(char.IsWhiteSpace))
        {
            throw new FormatException($"'{text}' is not Key=Value (e.g. Deadlines:LookAhead=00:00:30).");
        }

        return new HostSetting(key, text[(equals + 1)..]);
    }

    public override string ToString() => $"{Key}={Value}";
}
