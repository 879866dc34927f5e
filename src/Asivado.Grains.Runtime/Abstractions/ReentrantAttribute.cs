namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>Lets every request to the grain class interleave with every other at await points.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
