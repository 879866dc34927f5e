namespace Asivado.Orleans.Deadlines.Table;

/// <summary>
/// Deadline entries sorted by <see cref="DeadlineDueOrder"/>: a list of sorted chunks of at most
/// <see cref="ChunkCapacity"/> entries each (the leaf level of a B+ tree). Adding or removing an entry costs two
/// binary searches and a shift inside one chunk; reading what is due in [from, before) costs one binary search
/// plus the entries read, never a scan or a sort. The due instants are kept beside the entries (per chunk, and each
/// chunk's first in one list) so the binary searches read contiguous numbers rather than chase a pointer per step:
/// about 40 bytes per entry. Not thread-safe.
/// </summary>
internal sealed class DeadlineDueIndex
{
    internal const int ChunkCapacity = 128;

    private readonly List<Chunk> _chunks = [];

    // The due instant (UTC ticks) of each chunk's first entry, in step with _chunks.
    private readonly List<long> _firstTicks = [];

    public int Count { get; private set; }

    /// <exception cref="InvalidOperationException">An entry of the same due instant and identity is indexed already.</exception>
    public void Add(DeadlineEntry entry)
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new Chunk());
            _firstTicks.Add(entry.DueAt.UtcTicks);
        }

        var chunkIndex = ChunkFor(entry);
        var chunk = _chunks[chunkIndex];
        var position = chunk.Search(entry);
        if (position >= 0)
        {
            throw new InvalidOperationException($"Deadline {entry.Name} of {entry.Target} due at {entry.DueAt:O} is indexed already.");
        }

        position = ~position;
        if (chunk.Count == ChunkCapacity)
        {
            var upper = chunk.SplitOffUpperHalf();
            _chunks.Insert(chunkIndex + 1, upper);
            _firstTicks.Insert(chunkIndex + 1, upper.DueTicks[0]);
            if (position > chunk.Count)
            {
                position -= chunk.Count;
                chunk = upper;
                chunkIndex++;
            }
        }

        chunk.Insert(position, entry);
        _firstTicks[chunkIndex] = chunk.DueTicks[0];
        Count++;
    }

    /// <summary>Removes the entry of the same due instant and identity as <paramref name="entry"/>.</summary>
    public bool Remove(DeadlineEntry entry)
    {
        if (_chunks.Count == 0)
        {
            return false;
        }

        var chunkIndex = ChunkFor(entry);
        var chunk = _chunks[chunkIndex];
        var position = chunk.Search(entry);
        if (position < 0)
        {
            return false;
        }

        chunk.RemoveAt(position);
        Count--;
        if (chunk.Count == 0)
        {
            _chunks.RemoveAt(chunkIndex);
            _firstTicks.RemoveAt(chunkIndex);
        }
        else
        {
            _firstTicks[chunkIndex] = chunk.DueTicks[0];
            MergeIfSparse(chunkIndex);
        }

        return true;
    }

    /// <summary>Appends the entries due at or after <paramref name="fromUtcTicks"/> and before <paramref name="beforeUtcTicks"/> whose grain is in <paramref name="range"/>, in due order.</summary>
    public void CopyDueBetween(long fromUtcTicks, long beforeUtcTicks, DeadlineRange range, List<DeadlineEntry> result)
    {
        if (fromUtcTicks >= beforeUtcTicks || _chunks.Count == 0)
        {
            return;
        }

        var everyGrain = range.IsFull;
        var chunkIndex = LastChunkStartingBefore(fromUtcTicks);
        var position = _chunks[chunkIndex].FirstDueAtOrAfter(fromUtcTicks);
        for (; chunkIndex < _chunks.Count; chunkIndex++, position = 0)
        {
            var chunk = _chunks[chunkIndex];
            for (; position < chunk.Count; position++)
            {
                if (chunk.DueTicks[position] >= beforeUtcTicks)
                {
                    return;
                }

                var entry = chunk.Items[position];
                if (everyGrain || range.Contains(entry.Hash))
                {
                    result.Add(entry);
                }
            }
        }
    }

    /// <summary>The chunk an entry belongs in: the last one whose first entry is not after it (the first chunk if none).</summary>
    private int ChunkFor(DeadlineEntry entry)
    {
        var ticks = entry.DueAt.UtcTicks;
        int low = 0, high = _chunks.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            var first = _firstTicks[middle];
            if (first < ticks || (first == ticks && DeadlineDueOrder.Compare(_chunks[middle].Items[0], entry) <= 0))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The last chunk whose first entry is due before <paramref name="utcTicks"/> (the first chunk if none): the first that may hold an entry due at or after it.</summary>
    private int LastChunkStartingBefore(long utcTicks)
    {
        int low = 0, high = _chunks.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_firstTicks[middle] < utcTicks)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Folds a chunk that deletions left a quarter full into a neighbour, so chunks stay reasonably full.</summary>
    private void MergeIfSparse(int chunkIndex)
    {
        var chunk = _chunks[chunkIndex];
        if (chunk.Count > ChunkCapacity / 4)
        {
            return;
        }

        if (chunkIndex + 1 < _chunks.Count && chunk.Count + _chunks[chunkIndex + 1].Count <= ChunkCapacity / 2)
        {
            chunk.Append(_chunks[chunkIndex + 1]);
            _chunks.RemoveAt(chunkIndex + 1);
            _firstTicks.RemoveAt(chunkIndex + 1);
        }
        else if (chunkIndex > 0 && _chunks[chunkIndex - 1].Count + chunk.Count <= ChunkCapacity / 2)
        {
            _chunks[chunkIndex - 1].Append(chunk);
            _chunks.RemoveAt(chunkIndex);
            _firstTicks.RemoveAt(chunkIndex);
        }
    }

    private sealed class Chunk
    {
        public DeadlineEntry[] Items { get; } = new DeadlineEntry[ChunkCapacity];

        /// <summary>Items[i].DueAt.UtcTicks, so searches compare numbers and touch an entry only on a tie.</summary>
        public long[] DueTicks { get; } = new long[ChunkCapacity];

        public int Count { get; private set; }

        /// <returns>The index of the entry in the same place as <paramref name="entry"/>, or the bitwise complement of where it would go.</returns>
        public int Search(DeadlineEntry entry)
        {
            var ticks = entry.DueAt.UtcTicks;
            int low = 0, high = Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = DueTicks[middle].CompareTo(ticks);
                if (order == 0)
                {
                    order = DeadlineDueOrder.Compare(Items[middle], entry);
                }

                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }

        public int FirstDueAtOrAfter(long utcTicks)
        {
            int low = 0, high = Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (DueTicks[middle] < utcTicks)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        public void Insert(int position, DeadlineEntry entry)
        {
            Array.Copy(Items, position, Items, position + 1, Count - position);
            Array.Copy(DueTicks, position, DueTicks, position + 1, Count - position);
            Items[position] = entry;
            DueTicks[position] = entry.DueAt.UtcTicks;
            Count++;
        }

        public void RemoveAt(int position)
        {
            Count--;
            Array.Copy(Items, position + 1, Items, position, Count - position);
            Array.Copy(DueTicks, position + 1, DueTicks, position, Count - position);
            Items[Count] = default;
        }

        public Chunk SplitOffUpperHalf()
        {
            var upper = new Chunk();
            var keep = Count / 2;
            upper.Count = Count - keep;
            Array.Copy(Items, keep, upper.Items, 0, upper.Count);
            Array.Copy(DueTicks, keep, upper.DueTicks, 0, upper.Count);
            Array.Clear(Items, keep, upper.Count);
            Count = keep;
            return upper;
        }

        public void Append(Chunk next)
        {
            Array.Copy(next.Items, 0, Items, Count, next.Count);
            Array.Copy(next.DueTicks, 0, DueTicks, Count, next.Count);
            Count += next.Count;
        }
    }
}
