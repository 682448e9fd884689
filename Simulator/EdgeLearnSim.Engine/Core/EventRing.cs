namespace EdgeLearnSim.Engine;

/// <summary>
/// A FIFO of <see cref="ScheduledEvent"/> for entries that arrive already in queue order, stored in fixed-size
/// segments: a burst of a million entries never copies the queue or allocates on the large-object heap (whose
/// allocations would trigger full collections), and an emptied segment is kept for reuse.
/// </summary>
internal sealed class EventRing
{
    private const int SegmentLength = 2048;

    private Segment head;
    private Segment tail;
    private Segment? spare;
    private int headIndex;
    private int tailIndex;
    private int count;

    public EventRing()
    {
        head = new Segment();
        tail = head;
    }

    public int Count => count;

    public ref readonly ScheduledEvent Head => ref head.Items[headIndex];

    public void Enqueue(in ScheduledEvent entry)
    {
        if (tailIndex == SegmentLength)
        {
            var next = spare ?? new Segment();
            spare = null;
            tail.Next = next;
            tail = next;
            tailIndex = 0;
        }
        tail.Items[tailIndex++] = entry;
        count++;
    }

    public ScheduledEvent Dequeue()
    {
        ref var slot = ref head.Items[headIndex];
        var entry = slot;
        slot = default;
        count--;
        if (count == 0)
        {
            headIndex = 0;
            tailIndex = 0;
            tail = head;
            head.Next = null;
        }
        else if (++headIndex == SegmentLength)
        {
            var emptied = head;
            head = emptied.Next!;
            emptied.Next = null;
            spare = emptied;
            headIndex = 0;
        }
        return entry;
    }

    private sealed class Segment
    {
        public readonly ScheduledEvent[] Items = new ScheduledEvent[SegmentLength];
        public Segment? Next;
    }
}
