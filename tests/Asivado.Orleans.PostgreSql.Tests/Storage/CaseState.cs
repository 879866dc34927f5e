namespace Asivado.Orleans.PostgreSql.Tests.Storage;

/// <summary>A grain state as grains keep them: a plain class, serialized by System.Text.Json.</summary>
public sealed class CaseState
{
    public string Subject { get; set; } = "";

    public int Count { get; set; }

    public List<string> Tags { get; set; } = [];
}
