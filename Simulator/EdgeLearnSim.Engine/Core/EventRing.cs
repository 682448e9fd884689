namespace EdgeLearnSim.Engine;

/// <summary>
/// A FIFO of <see cref="ScheduledEvent"/> for entries that arrive already in queue order, stored in fixed-size
/// segments: a burst of a million entries never copies the queue or allocates on the large-object heap (whose
/// allocations would trigger full collections), and an emptied segment is kept for reuse.
/// </summary>
internal sealed class EventRing
{
    private const int SegmentLength = 2048;

    private Segment _head;
    private Segment _tail;
    private Segment? _spare;
    private int _headIndex;
    private int _tailIndex;
    private int _count;

    public EventRing()
    {
        _head = new Segment();
        _tail = _head;
    }

    public int Count => _count;

    public ref readonly ScheduledEvent Head => ref _head.Items[_headIndex];

    public void Enqueue(in ScheduledEvent entry)
    {
        if (_tailIndex == SegmentLength)
        {
            var next = _spare ?? new Segment();
            _spare = null;
            _tail.Next = next;
            _tail = next;
            _tailIndex = 0;
        }
        _tail.Items[_tailIndex++] = entry;
        _count++;
    }

    public ScheduledEvent Dequeue()
    {
        ref var slot = ref _head.Items[_headIndex];
        var entry = slot;
        slot = default;
        _count--;
        if (_count == 0)
        {
            _headIndex = 0;
            _tailIndex = 0;
            _tail = _head;
            _head.Next = null;
        }
        else if (++_headIndex == SegmentLength)
        {
            var emptied = _head;
            _head = emptied.Next!;
            emptied.Next = null;
            _spare = emptied;
            _headIndex = 0;
        }
        return entry;
    }

    private sealed class Segment
    {
        public readonly ScheduledEvent[] Items = new ScheduledEvent[SegmentLength];
        public Segment? Next;
    }
}
