using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql;

/// <summary>How a <see cref="GrainId"/> is stored (type and key as text, ring hash as a signed integer), and argument checks so bad input fails before any SQL runs.</summary>
internal static class GrainIdArguments
{
    public static (string Type, string Key) Columns(GrainId grainId) => (grainId.Type.ToString()!, grainId.Key.ToString()!);

    public static GrainId FromColumns(string type, string key) => GrainId.Create(type, key);

    /// <summary>The ring position (<see cref="GrainId.GetUniformHashCode"/>) as stored: the same 32 bits read as a signed integer.</summary>
    public static int SignedHash(GrainId grainId) => unchecked((int)grainId.GetUniformHashCode());

    public static void ThrowIfInvalid(GrainId grainId, string parameterName)
    {
        if (grainId.IsDefault)
        {
            throw new ArgumentException("The grain id is the default value; create it with a type and a key.", parameterName);
        }

        // PostgreSQL text cannot hold U+0000.
        var (type, key) = Columns(grainId);
        if (type.Contains('\0') || key.Contains('\0'))
        {
            throw new ArgumentException("The grain id contains a NUL character, which PostgreSQL cannot store.", parameterName);
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
}
