namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>A state row as read: its UTF-8 JSON and version (the ETag).</summary>
internal sealed record StoredState(byte[] Json, long Version);
