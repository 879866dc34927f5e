namespace Asivado.Grains.Runtime.Invocation;

/// <summary>The result type the runtime uses internally for methods returning Task or ValueTask.</summary>
internal readonly struct VoidResult;
