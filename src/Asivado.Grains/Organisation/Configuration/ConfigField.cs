using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>A JSON element with its path, so every error can name the field it is about.</summary>
internal readonly partial record struct ConfigField(JsonElement Element, string Path)
{
    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern HoursMinutesSeconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    public static ConfigField Root(JsonElement element) => new(element, "$");

    public ConfigField Required(string name) =>
        Optional(name) ?? throw Error(Child(name), "is required");

    public ConfigField? Optional(string name)
    {
        RequireObject();
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new ConfigField(value, Child(name))
            : null;
    }

    /// <summary>Every property of an object, in document order.</summary>
    public IEnumerable<(string Name, ConfigField Value)> Properties()
    {
        RequireObject();
        foreach (var property in Element.EnumerateObject())
        {
            yield return (property.Name, new ConfigField(property.Value, Child(property.Name)));
        }
    }

    /// <summary>Rejects any property not in <paramref name="allowed"/> (so typos and unwanted data cannot be loaded).</summary>
    public void OnlyFields(IReadOnlyCollection<string> allowed, Func<string, string>? explain = null)
    {
        foreach (var (name, value) in Properties())
        {
            if (!allowed.Contains(name))
            {
                throw Error(value.Path, explain?.Invoke(name) ?? $"is not a known field; expected {string.Join(", ", allowed)}");
            }
        }
    }

    public IReadOnlyList<ConfigField> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error(Path, "must be an array");
        }

        var path = Path;
        return [.. Element.EnumerateArray().Select((item, index) => new ConfigField(item, $"{path}[{index}]"))];
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
        {
            throw Error(Path, "must be a non-empty string");
        }

        return Element.GetString()!.Trim();
    }

    /// <summary>An identifier usable in URLs and grain keys: letters, digits, '.', '_' and '-', starting with a letter or digit.</summary>
    public string Id()
    {
        var text = String();
        return IdPattern().IsMatch(text)
            ? text
            : throw Error(Path, $"'{text}' is not a valid id (letters, digits, '.', '_' or '-', starting with a letter or digit)");
    }

    public int PositiveInt()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value) || value < 1)
        {
            throw Error(Path, $"must be a whole number of at least 1, was {Element.GetRawText()}");
        }

        return value;
    }

    /// <summary>An enum member by name, ignoring case; numbers are refused.</summary>
    public TEnum Enum<TEnum>()
        where TEnum : struct, System.Enum
    {
        var text = String();
        return !int.TryParse(text, out _) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Error(Path, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public LocalDate Date()
    {
        var text = String();
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Error(Path, $"must be an ISO date (yyyy-MM-dd), was '{text}'");
    }

    /// <summary>A local time "HH:mm" or "HH:mm:ss"; with <paramref name="allowEndOfDay"/>, "24:00" is midnight at the end of the day.</summary>
    public LocalTime Time(bool allowEndOfDay = false)
    {
        var text = String();
        if (allowEndOfDay && text is "24:00" or "24:00:00")
        {
            return LocalTime.Midnight;
        }

        var result = HoursMinutes.Parse(text);
        if (!result.Success)
        {
            result = HoursMinutesSeconds.Parse(text);
        }

        return result.Success
            ? result.Value
            : throw Error(Path, $"must be a time of day HH:mm{(allowEndOfDay ? " (24:00 for the end of the day)" : "")}, was '{text}'");
    }

    /// <summary>A positive ISO-8601 duration without years or months, e.g. "PT7H30M".</summary>
    public Duration PositiveDuration()
    {
        var text = String();
        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (!result.Success || result.Value.Years != 0 || result.Value.Months != 0)
        {
            throw Error(Path, $"must be an ISO-8601 duration without years or months (e.g. PT8H), was '{text}'");
        }

        var duration = result.Value.ToDuration();
        return duration > Duration.Zero ? duration : throw Error(Path, "must be positive");
    }

    public static OrganisationFormatException Error(string path, string detail, Exception? inner = null) => new(path, detail, inner);

    /// <summary>Appends a path reported relative to a nested document ("$" meaning the nested document itself).</summary>
    public string Nested(string relativePath) =>
        relativePath is "$" or "" ? Path : relativePath.StartsWith('[') ? Path + relativePath : $"{Path}.{relativePath}";

    private string Child(string name) => Path == "$" ? name : $"{Path}.{name}";

    private void RequireObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error(Path, "must be an object");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
