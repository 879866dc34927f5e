namespace Asivado.LoadTest.Reports;

/// <summary>Whether the run met the scenario's expectations; each failure says which and by how much.</summary>
public sealed record Verdict(bool Passed, IReadOnlyList<string> Failures);
