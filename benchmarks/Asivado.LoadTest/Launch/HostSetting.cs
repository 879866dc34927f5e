namespace Asivado.LoadTest.Launch;

/// <summary>
/// One host configuration value, given as <c>Key=Value</c> (<c>Reminders:Mode=Polling</c>), passed to the launched
/// gateway as the environment variable <c>Reminders__Mode</c>, which outranks its appsettings.json.
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
            throw new FormatException($"'{text}' is not Key=Value (e.g. Reminders:Mode=Polling).");
        }

        return new HostSetting(key, text[(equals + 1)..]);
    }

    public override string ToString() => $"{Key}={Value}";
}
