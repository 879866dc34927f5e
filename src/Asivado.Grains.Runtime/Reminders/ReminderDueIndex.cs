namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// Reminder entries sorted by <see cref="ReminderDueOrder"/>: a list of sorted chunks of at most
/// <see cref="ChunkCapacity"/> entries each (the leaf level of a B+ tree). Adding or removing an entry costs two
/// binary searches and a shift inside one chunk; reading what is due in [from, before) costs one binary search
/// plus the entries read, never a scan or a sort. About 12 bytes per entry. Not thread-safe.
/// </summary>
internal sealed class ReminderDueIndex
{
    internal const int ChunkCapacity = 128;

    private readonly List<Chunk> _chunks = [];

    public int Count { get; private set; }

    /// <exception cref="InvalidOperationException">An entry of the same due instant and identity is indexed already.</exception>
    public void Add(ReminderEntry entry)
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new Chunk());
        }

        var chunkIndex = ChunkFor(entry);
        var chunk = _chunks[chunkIndex];
        var position = chunk.Search(entry);
        if (position >= 0)
        {
            throw new InvalidOperationException($"Reminder {entry.Name} of {entry.GrainId} due at {entry.DueAt:O} is indexed already.");
        }

        position = ~position;
        if (chunk.Count == ChunkCapacity)
        {
            var upper = chunk.SplitOffUpperHalf();
            _chunks.Insert(chunkIndex + 1, upper);
            if (position > chunk.Count)
            {
                position -= chunk.Count;
                chunk = upper;
            }
        }

        chunk.Insert(position, entry);
        Count++;
    }

    /// <summary>Removes the entry of the same due instant and identity as <paramref name="entry"/>.</summary>
    public bool Remove(ReminderEntry entry)
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
        }
        else
        {
            MergeIfSparse(chunkIndex);
        }

        return true;
    }

    /// <summary>Appends the entries due at or after <paramref name="fromUtcTicks"/> and before <paramref name="beforeUtcTicks"/> whose grain is in <paramref name="range"/>, in due order.</summary>
    public void CopyDueBetween(long fromUtcTicks, long beforeUtcTicks, HashRange range, List<ReminderEntry> result)
    {
        if (fromUtcTicks >= beforeUtcTicks || _chunks.Count == 0)
        {
            return;
        }

        var everyGrain = range == HashRange.Full;
        var chunkIndex = LastChunkStartingBefore(fromUtcTicks);
        var position = _chunks[chunkIndex].FirstDueAtOrAfter(fromUtcTicks);
        for (; chunkIndex < _chunks.Count; chunkIndex++, position = 0)
        {
            var chunk = _chunks[chunkIndex];
            for (; position < chunk.Count; position++)
            {
                var entry = chunk.Items[position];
                if (entry.DueAt.UtcTicks >= beforeUtcTicks)
                {
                    return;
                }

                if (everyGrain || range.Contains(entry.GrainId.StableHash))
                {
                    result.Add(entry);
                }
            }
        }
    }

    /// <summary>The chunk an entry belongs in: the last one whose first entry is not after it (the first chunk if none).</summary>
    private int ChunkFor(ReminderEntry entry)
    {
        int low = 0, high = _chunks.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (ReminderDueOrder.Compare(_chunks[middle].Items[0], entry) <= 0)
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
            if (_chunks[middle].Items[0].DueAt.UtcTicks < utcTicks)
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
        }
        else if (chunkIndex > 0 && _chunks[chunkIndex - 1].Count + chunk.Count <= ChunkCapacity / 2)
        {
            _chunks[chunkIndex - 1].Append(chunk);
            _chunks.RemoveAt(chunkIndex);
        }
    }

    private sealed class Chunk
    {
        public ReminderEntry[] Items { get; } = new ReminderEntry[ChunkCapacity];

        public int Count { get; private set; }

        /// <returns>The index of the entry in the same place as <paramref name="entry"/>, or the bitwise complement of where it would go.</returns>
        public int Search(ReminderEntry entry)
        {
            int low = 0, high = Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = ReminderDueOrder.Compare(Items[middle], entry);
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
                if (Items[middle].DueAt.UtcTicks < utcTicks)
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

        public void Insert(int position, ReminderEntry entry)
        {
            Array.Copy(Items, position, Items, position + 1, Count - position);
            Items[position] = entry;
            Count++;
        }

        public void RemoveAt(int position)
        {
            Count--;
            Array.Copy(Items, position + 1, Items, position, Count - position);
            Items[Count] = null!;
        }

        public Chunk SplitOffUpperHalf()
        {
            var upper = new Chunk();
            var keep = Count / 2;
            upper.Count = Count - keep;
            Array.Copy(Items, keep, upper.Items, 0, upper.Count);
            Array.Clear(Items, keep, upper.Count);
            Count = keep;
            return upper;
        }

        public void Append(Chunk next)
        {
            Array.Copy(next.Items, 0, Items, Count, next.Count);
            Count += next.Count;
        }
    }
}
