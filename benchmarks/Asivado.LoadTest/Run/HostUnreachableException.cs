namespace Asivado.LoadTest.Run;

/// <summary>The host could not be reached or started; nothing was measured (exit code 3).</summary>
public sealed class HostUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
