namespace Asivado.LoadTest.Run;

/// <summary>A case the host created: its id, department and the due instants of its deadlines (from the 201).</summary>
public sealed record CreatedCase(string Id, string DepartmentId, IReadOnlyDictionary<string, DateTimeOffset> DueAt);
