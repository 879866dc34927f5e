namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>On a grain interface method: calls to it may run together with other read-only calls, never with others.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class ReadOnlyAttribute : Attribute;
