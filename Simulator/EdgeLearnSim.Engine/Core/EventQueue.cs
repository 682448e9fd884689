namespace EdgeLearnSim.Engine;

/// <summary>A 4-ary min-heap of <see cref="ScheduledEvent"/> ordered by (time, order).</summary>
internal sealed class EventQueue
{
    private ScheduledEvent[] _heap = new ScheduledEvent[256];
    private int _count;

    public int Count => _count;

    public double PeekTime => _heap[0].Time;

    public void Push(in ScheduledEvent entry)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        var heap = _heap;
        var index = _count++;
        while (index > 0)
        {
            var parent = (index - 1) >> 2;
            if (!entry.Precedes(heap[parent]))
            {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = entry;
    }

    public ScheduledEvent Pop()
    {
        var heap = _heap;
        var top = heap[0];
        var last = --_count;
        var moved = heap[last];
        heap[last] = default;
        if (last > 0)
        {
            SiftDown(heap, moved, last);
        }
        return top;
    }

    private static void SiftDown(ScheduledEvent[] heap, in ScheduledEvent entry, int count)
    {
        var index = 0;
        while (true)
        {
            var first = (index << 2) + 1;
            if (first >= count)
            {
                break;
            }
            var best = first;
            var end = Math.Min(first + 4, count);
            for (var child = first + 1; child < end; child++)
            {
                if (heap[child].Precedes(heap[best]))
                {
                    best = child;
                }
            }
            if (!heap[best].Precedes(entry))
            {
                break;
            }
            heap[index] = heap[best];
            index = best;
        }
        heap[index] = entry;
    }
}
