using System.Text.Json;

namespace Asivado.LoadTest.Reports;

/// <summary>Reads and writes results.json.</summary>
public static class ResultsFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(string path, RunResults results, CancellationToken cancellationToken = default)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, results, Options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<RunResults> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<RunResults>(stream, Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"Results file '{path}' is empty (null).");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Results file '{path}': field '{exception.Path}' is invalid: {exception.Message}", exception);
        }
    }
}
