namespace Asivado.Domain.Policies;

/// <summary>A policy or override document is invalid; <see cref="Field"/> is the JSON path of the culprit.</summary>
public sealed class PolicyFormatException(string field, string message, Exception? inner = null)
    : FormatException($"Policy field '{field}': {message}", inner)
{
    public string Field { get; } = field;
}
