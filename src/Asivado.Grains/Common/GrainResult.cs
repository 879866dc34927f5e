using System.Diagnostics.CodeAnalysis;

namespace Asivado.Grains.Common;

/// <summary>A grain answer: the value after a durable change, or the error and no change.</summary>
public sealed record GrainResult<T>(T? Value, GrainError? Error)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static GrainResult<T> Ok(T value) => new(value, null);

    public static GrainResult<T> Fail(GrainError error) => new(null, error);

    public static implicit operator GrainResult<T>(GrainError error) => Fail(error);
}
