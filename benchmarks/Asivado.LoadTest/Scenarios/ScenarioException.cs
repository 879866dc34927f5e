namespace Asivado.LoadTest.Scenarios;

/// <summary>A scenario file that cannot be used; the message names the file and every bad field.</summary>
public sealed class ScenarioException(string message) : Exception(message);
