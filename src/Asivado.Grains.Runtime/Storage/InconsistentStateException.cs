namespace Asivado.Grains.Runtime.Storage;

/// <summary>
/// A write met a stored version other than the one it was based on: another writer got there first.
/// The runtime deactivates the grain that saw it, so the next call reloads the current state.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string message, string? storedETag, string? currentETag)
        : base(message)
    {
        StoredETag = storedETag;
        CurrentETag = currentETag;
    }

    /// <summary>The ETag found in storage (null when no record exists).</summary>
    public string? StoredETag { get; }

    /// <summary>The ETag the writer expected.</summary>
    public string? CurrentETag { get; }
}
