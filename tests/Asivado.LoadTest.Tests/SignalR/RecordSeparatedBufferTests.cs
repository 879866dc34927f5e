using System.Text;
using Asivado.LoadTest.SignalR;

namespace Asivado.LoadTest.Tests.SignalR;

public sealed class RecordSeparatedBufferTests
{
    [Fact]
    public void Splits_many_records_in_one_chunk_and_joins_one_record_across_chunks()
    {
        using var buffer = new RecordSeparatedBuffer(16);

        var records = Feed(buffer, "a\u001ebb\u001ecc", "c\u001e", "dddddddddddddddddddddddddddddddddddddddd", "\u001e");

        Assert.Equal(["a", "bb", "ccc", new string('d', 40)], records);
        Assert.True(buffer.Capacity >= 41);
    }

    [Fact]
    public void Keeps_a_partial_record_until_its_separator_arrives()
    {
        using var buffer = new RecordSeparatedBuffer(8);

        Assert.Empty(Feed(buffer, "{\"type\""));
        Assert.Equal(["{\"type\":6}"], Feed(buffer, ":6}\u001e"));
    }

    private static List<string> Feed(RecordSeparatedBuffer buffer, params string[] chunks)
    {
        var records = new List<string>();
        foreach (var chunk in chunks)
        {
            var bytes = Encoding.UTF8.GetBytes(chunk);
            var written = 0;
            while (written < bytes.Length)
            {
                var target = buffer.GetReceiveMemory();
                var count = Math.Min(target.Length, bytes.Length - written);
                bytes.AsSpan(written, count).CopyTo(target.Span);
                buffer.Advance(count);
                written += count;
                while (buffer.TryReadRecord(out var record))
                {
                    records.Add(Encoding.UTF8.GetString(record.Span));
                }
            }
        }

        return records;
    }
}
