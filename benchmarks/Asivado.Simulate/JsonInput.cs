using System.Text.Json;

namespace Asivado.Simulate;

/// <summary>A field of an input file with its path ("shifts[2].from"), so that every error names the field.</summary>
internal readonly record struct JsonInput(JsonElement Element, string Path)
{
    public static JsonInput Parse(string json, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new JsonInput(document.RootElement.Clone(), file);
        }
        catch (JsonException exception)
        {
            throw new SimulationInputException(file, $"is not JSON: {exception.Message}");
        }
    }

    public void OnlyFields(params string[] allowed)
    {
        Expect(JsonValueKind.Object, "an object");
        foreach (var property in Element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new SimulationInputException($"{Path}.{property.Name}", $"is not a known field; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    public JsonInput? Optional(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonInput(value, $"{Path}.{name}")
            : null;

    public JsonInput Required(string name) =>
        Optional(name) ?? throw new SimulationInputException($"{Path}.{name}", "is required");

    public IReadOnlyList<JsonInput> Items()
    {
        Expect(JsonValueKind.Array, "an array");
        var path = Path;
        return [.. Element.EnumerateArray().Select((item, i) => new JsonInput(item, $"{path}[{i}]"))];
    }

    public string String()
    {
        Expect(JsonValueKind.String, "a string");
        return Element.GetString()!;
    }

    public double Number(double min, double max)
    {
        Expect(JsonValueKind.Number, "a number");
        var value = Element.GetDouble();
        return value >= min && value <= max ? value : throw new SimulationInputException(Path, $"must be between {min} and {max}, was {value}");
    }

    public T Enum<T>()
        where T : struct, System.Enum
    {
        var text = String();
        return System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new SimulationInputException(Path, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
    }

    public T Parsed<T>(NodaTime.Text.IPattern<T> pattern, string what)
    {
        var text = String();
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new SimulationInputException(Path, $"'{text}' is not {what}");
    }

    private void Expect(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
        {
            throw new SimulationInputException(Path, $"must be {what}");
        }
    }
}
