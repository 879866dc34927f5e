namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>
/// What an operation touches, as its statement identifies rows: at most one operation per key goes into one
/// statement, and returned rows are matched back to operations by it.
/// </summary>
internal readonly record struct BatchKey(string GrainType, string GrainKey, string Name);
