namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>On a grain interface method: calls to it may run while any other request of the activation is in progress.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class AlwaysInterleaveAttribute : Attribute;
