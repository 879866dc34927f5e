using System.Buffers;

namespace Asivado.LoadTest.SignalR;

/// <summary>
/// A pooled byte buffer that receives a stream of chunks and yields the records in it that end with
/// the 0x1E record separator. Records may span chunks and chunks may hold many records; the buffer
/// grows (by renting a larger array) only when one record exceeds it. Not thread-safe.
/// </summary>
public sealed class RecordSeparatedBuffer : IDisposable
{
    public const byte RecordSeparator = 0x1E;

    private byte[] _buffer;
    private int _length;
    private int _consumed;
    private int _scanned;

    public RecordSeparatedBuffer(int initialSize) => _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public int Capacity => _buffer.Length;

    /// <summary>Space to receive the next chunk into; call <see cref="Advance"/> with the bytes written.</summary>
    public Memory<byte> GetReceiveMemory()
    {
        if (_consumed > 0)
        {
            _buffer.AsSpan(_consumed, _length - _consumed).CopyTo(_buffer);
            _length -= _consumed;
            _scanned -= _consumed;
            _consumed = 0;
        }

        if (_length == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsMemory(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>The next complete record (without its separator), valid until the next <see cref="GetReceiveMemory"/>.</summary>
    public bool TryReadRecord(out ReadOnlyMemory<byte> record)
    {
        var separator = _buffer.AsSpan(_scanned, _length - _scanned).IndexOf(RecordSeparator);
        if (separator < 0)
        {
            _scanned = _length;
            record = default;
            return false;
        }

        var end = _scanned + separator;
        record = _buffer.AsMemory(_consumed, end - _consumed);
        _consumed = end + 1;
        _scanned = _consumed;
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
