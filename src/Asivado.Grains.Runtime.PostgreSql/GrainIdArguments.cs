using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.PostgreSql;

/// <summary>Argument checks shared by the providers, so bad input fails before any SQL runs.</summary>
internal static class GrainIdArguments
{
    public static void ThrowIfInvalid(GrainId grainId, string parameterName)
    {
        if (grainId.Type is null || grainId.Key is null)
        {
            throw new ArgumentException("The grain id is the default value; create it with a type and a key.", parameterName);
        }

        // PostgreSQL text cannot hold U+0000.
        if (grainId.Type.Contains('\0') || grainId.Key.Contains('\0'))
        {
            throw new ArgumentException($"The grain id {grainId} contains a NUL character, which PostgreSQL cannot store.", parameterName);
        }
    }

    public static void ThrowIfInvalidName(string name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameterName);
        if (name.Contains('\0'))
        {
            throw new ArgumentException("The name contains a NUL character, which PostgreSQL cannot store.", parameterName);
        }
    }

    /// <summary>The stable hash as stored: the same 32 bits read as a signed integer.</summary>
    public static int SignedHash(GrainId grainId) => unchecked((int)grainId.StableHash);
}
