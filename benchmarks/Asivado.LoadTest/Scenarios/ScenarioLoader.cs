using System.Text.Json;
using System.Text.Json.Serialization;

namespace Asivado.LoadTest.Scenarios;

/// <summary>Reads and validates scenario files.</summary>
public static class ScenarioLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    public static Scenario Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScenarioException($"Scenario file '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static Scenario Parse(string json, string source)
    {
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(json, Options);
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } path ? path[2..] : "(root)";
            throw new ScenarioException($"Scenario '{source}': field '{field}' is invalid: {FirstSentence(exception.Message)}");
        }

        if (scenario is null)
        {
            throw new ScenarioException($"Scenario '{source}' is empty (null).");
        }

        var errors = ScenarioValidator.Validate(scenario);
        if (errors.Count > 0)
        {
            throw new ScenarioException($"Scenario '{source}' is invalid:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
        }

        return scenario;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return end < 0 ? message : message[..end] + ".";
    }
}
