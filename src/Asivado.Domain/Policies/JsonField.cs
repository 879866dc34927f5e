using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Domain.Policies;

/// <summary>A JSON element with its path, so every parse error can name the field it is about.</summary>
internal readonly record struct JsonField(JsonElement Element, string Path)
{
    public JsonField Required(string name) =>
        Optional(name) ?? throw new PolicyFormatException(Child(name), "is required");

    public JsonField? Optional(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyFormatException(Path, "must be an object");
        }

        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonField(value, Child(name))
            : null;
    }

    public IEnumerable<JsonField> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw new PolicyFormatException(Path, "must be an array");
        }

        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonField(item, $"{Path}[{index++}]");
        }
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
        {
            throw new PolicyFormatException(Path, "must be a non-empty string");
        }

        return Element.GetString()!;
    }

    public int PositiveInt()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value) || value < 1)
        {
            throw new PolicyFormatException(Path, $"must be a positive whole number, was {Element.GetRawText()}");
        }

        return value;
    }

    public TEnum Enum<TEnum>()
        where TEnum : struct, System.Enum
    {
        var text = String();
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new PolicyFormatException(Path, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public LocalDate Date()
    {
        var result = LocalDatePattern.Iso.Parse(String());
        return result.Success ? result.Value : throw new PolicyFormatException(Path, $"must be an ISO date (yyyy-MM-dd), was '{String()}'");
    }

    public Duration PositiveDuration()
    {
        var result = PeriodPattern.NormalizingIso.Parse(String());
        if (!result.Success || result.Value.HasDateComponent && (result.Value.Years != 0 || result.Value.Months != 0))
        {
            throw new PolicyFormatException(Path, $"must be an ISO-8601 duration without years or months (e.g. PT2H), was '{String()}'");
        }

        var duration = result.Value.ToDuration();
        return duration > Duration.Zero ? duration : throw new PolicyFormatException(Path, "must be positive");
    }

    private string Child(string name) => Path == "$" ? name : $"{Path}.{name}";
}
