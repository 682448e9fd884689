using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EdgeLearnSim.Engine;

/// <summary>
/// The pending events, ordered by (time, order). Future events live in a 4-ary min-heap of reference-free
/// (time, slot) entries, with each slot's event and order kept aside and read only on time ties. Events for the
/// current instant at the engine's two fixed priorities (process starts and interrupts, and plain triggers)
/// arrive already sorted, so they go to two FIFO rings at O(1) cost, which keeps a burst of a million process
/// starts or resource grants out of the heap.
/// </summary>
internal sealed class EventQueue
{
    private readonly EventRing _urgentNow = new();
    private readonly EventRing _normalNow = new();
    private HeapEntry[] _heap = new HeapEntry[256];
    private int _heapCount;

    // After a pop the root entry is left in place and marked vacant: in the common hold pattern (pop an event, its
    // process schedules the next one) the new entry then replaces the root with one sift-down instead of a
    // sift-down to refill the root plus a sift-up for the new entry.
    private bool _rootVacant;
    private Event?[] _slotEvents = new Event?[256];
    private long[] _slotOrders = new long[256];
    private int[] _freeSlots = new int[256];
    private int _freeSlotCount;
    private int _slotsUsed;

    public int Count => _heapCount - (_rootVacant ? 1 : 0) + _urgentNow.Count + _normalNow.Count;

    /// <summary>The time of the next entry; only meaningful when <see cref="Count"/> is positive.</summary>
    public double PeekTime
    {
        get
        {
            if (_urgentNow.Count > 0)
            {
                return _urgentNow.Head.Time;
            }
            if (_normalNow.Count > 0)
            {
                return _normalNow.Head.Time;
            }
            FillVacantRoot();
            return _heap[0].Time;
        }
    }

    /// <summary>Adds an urgent entry for the current instant; it must sort after every urgent entry already queued.</summary>
    public void PushUrgentNow(in ScheduledEvent entry) => _urgentNow.Enqueue(entry);

    /// <summary>Adds a normal entry for the current instant; it must sort after every normal entry already queued.</summary>
    public void PushNormalNow(in ScheduledEvent entry) => _normalNow.Enqueue(entry);

    public void Push(double time, long order, Event scheduled)
    {
        var slot = TakeSlot();
        _slotEvents[slot] = scheduled;
        _slotOrders[slot] = order;
        if (_rootVacant)
        {
            _rootVacant = false;
            SiftDown(ref MemoryMarshal.GetArrayDataReference(_heap), new HeapEntry(time, slot), _heapCount, _slotOrders);
            return;
        }
        if (_heapCount == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        var orders = _slotOrders;
        ref var root = ref MemoryMarshal.GetArrayDataReference(_heap);
        var index = _heapCount++;
        while (index > 0)
        {
            var parent = (index - 1) >> 2;
            ref var parentEntry = ref Unsafe.Add(ref root, parent);
            if (time > parentEntry.Time || (time == parentEntry.Time && order > orders[parentEntry.Slot]))
            {
                break;
            }
            Unsafe.Add(ref root, index) = parentEntry;
            index = parent;
        }
        Unsafe.Add(ref root, index) = new HeapEntry(time, slot);
    }

    /// <summary>Removes and returns the first event and its time; <see cref="Count"/> must be positive.</summary>
    public Event Pop(out double time)
    {
        // Urgent entries of this instant precede normal ones of this instant, so only one ring competes with the heap.
        var ring = _urgentNow.Count > 0 ? _urgentNow : _normalNow.Count > 0 ? _normalNow : null;
        FillVacantRoot();
        if (ring is not null && (_heapCount == 0 || RingPrecedesHeap(ring.Head)))
        {
            var entry = ring.Dequeue();
            time = entry.Time;
            return entry.Event;
        }
        return PopHeap(out time);
    }

    private bool RingPrecedesHeap(in ScheduledEvent head)
    {
        ref readonly var top = ref _heap[0];
        return head.Time < top.Time || (head.Time == top.Time && head.Order < _slotOrders[top.Slot]);
    }

    private Event PopHeap(out double time)
    {
        var top = _heap[0];
        time = top.Time;
        var scheduled = _slotEvents[top.Slot]!;
        _slotEvents[top.Slot] = null;
        _freeSlots[_freeSlotCount++] = top.Slot;
        _rootVacant = true;
        return scheduled;
    }

    private void FillVacantRoot()
    {
        if (!_rootVacant)
        {
            return;
        }
        _rootVacant = false;
        var last = --_heapCount;
        if (last > 0)
        {
            ref var root = ref MemoryMarshal.GetArrayDataReference(_heap);
            SiftDown(ref root, Unsafe.Add(ref root, last), last, _slotOrders);
        }
    }

    private static void SiftDown(ref HeapEntry root, HeapEntry entry, int count, long[] orders)
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
            var bestTime = Unsafe.Add(ref root, first).Time;
            var end = Math.Min(first + 4, count);
            for (var child = first + 1; child < end; child++)
            {
                var childTime = Unsafe.Add(ref root, child).Time;
                if (childTime < bestTime
                    || (childTime == bestTime && orders[Unsafe.Add(ref root, child).Slot] < orders[Unsafe.Add(ref root, best).Slot]))
                {
                    best = child;
                    bestTime = childTime;
                }
            }
            ref var bestEntry = ref Unsafe.Add(ref root, best);
            if (bestTime > entry.Time || (bestTime == entry.Time && orders[bestEntry.Slot] > orders[entry.Slot]))
            {
                break;
            }
            Unsafe.Add(ref root, index) = bestEntry;
            index = best;
        }
        Unsafe.Add(ref root, index) = entry;
    }

    private int TakeSlot()
    {
        if (_freeSlotCount > 0)
        {
            return _freeSlots[--_freeSlotCount];
        }
        if (_slotsUsed == _slotEvents.Length)
        {
            var size = _slotEvents.Length * 2;
            Array.Resize(ref _slotEvents, size);
            Array.Resize(ref _slotOrders, size);
            Array.Resize(ref _freeSlots, size);
        }
        return _slotsUsed++;
    }
}
