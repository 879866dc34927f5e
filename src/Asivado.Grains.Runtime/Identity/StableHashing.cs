using System.Buffers;
using System.Text;

namespace Asivado.Grains.Runtime.Identity;

/// <summary>
/// FNV-1a (32-bit) over the UTF-8 bytes of "type/key". Unlike <see cref="string.GetHashCode()"/>
/// it never changes between processes or runtime versions, so it may be stored and used to split
/// grains, state and reminders across silos.
/// </summary>
public static class StableHashing
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash(string type, string key)
    {
        var length = Encoding.UTF8.GetMaxByteCount(type.Length + key.Length + 1);
        var rented = length <= 512 ? null : ArrayPool<byte>.Shared.Rent(length);
        Span<byte> buffer = rented ?? stackalloc byte[512];
        try
        {
            var written = Encoding.UTF8.GetBytes(type, buffer);
            buffer[written++] = (byte)'/';
            written += Encoding.UTF8.GetBytes(key, buffer[written..]);
            return Hash(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = OffsetBasis;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
