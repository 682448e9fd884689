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
    private readonly EventRing urgentNow = new();
    private readonly EventRing normalNow = new();
    private static readonly HeapEntry Sentinel = new(double.PositiveInfinity, 0);
    private HeapEntry[] heap = NewHeapArray(256);
    private int heapCount;

    // After a pop the root entry is left in place and marked vacant: in the common hold pattern (pop an event, its
    // process schedules the next one) the new entry then replaces the root with one sift-down instead of a
    // sift-down to refill the root plus a sift-up for the new entry.
    private bool rootVacant;
    private EventSlot[] slots = new EventSlot[256];
    private int[] freeSlots = new int[256];
    private int freeSlotCount;
    private int slotsUsed;

    // Both rings only ever hold entries for one instant: the clock cannot move on while either is non-empty.
    private double ringTime;

    public int Count => heapCount - (rootVacant ? 1 : 0) + urgentNow.Count + normalNow.Count;

    /// <summary>The time of the next entry; only meaningful when <see cref="Count"/> is positive.</summary>
    public double PeekTime
    {
        get
        {
            if (urgentNow.Count > 0 || normalNow.Count > 0)
            {
                return ringTime;
            }
            FillVacantRoot();
            return this.heap[0].Time;
        }
    }

    /// <summary>Adds an urgent entry for the current instant; it must sort after every urgent entry already queued.</summary>
    public void PushUrgentNow(double now, long order, Event scheduled)
    {
        ringTime = now;
        urgentNow.Enqueue(new ScheduledEvent(order, scheduled));
    }

    /// <summary>Adds a normal entry for the current instant; it must sort after every normal entry already queued.</summary>
    public void PushNormalNow(double now, long order, Event scheduled)
    {
        ringTime = now;
        normalNow.Enqueue(new ScheduledEvent(order, scheduled));
    }

    public void Push(double time, long order, Event scheduled)
    {
        var slot = TakeSlot();
        ref var slotEntry = ref this.slots[slot];
        slotEntry.Event = scheduled;
        slotEntry.Order = order;
        if (rootVacant)
        {
            rootVacant = false;
            SiftDown(ref MemoryMarshal.GetArrayDataReference(this.heap), new HeapEntry(time, slot), heapCount, this.slots);
            return;
        }
        if (heapCount + 4 >= this.heap.Length)
        {
            var larger = NewHeapArray(this.heap.Length * 2);
            Array.Copy(this.heap, larger, heapCount);
            this.heap = larger;
        }
        var slots = this.slots;
        ref var root = ref MemoryMarshal.GetArrayDataReference(this.heap);
        var index = heapCount++;
        while (index > 0)
        {
            var parent = (index - 1) >> 2;
            ref var parentEntry = ref Unsafe.Add(ref root, parent);
            if (time > parentEntry.Time || (time == parentEntry.Time && order > slots[parentEntry.Slot].Order))
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
        var ring = urgentNow.Count > 0 ? urgentNow : normalNow.Count > 0 ? normalNow : null;
        FillVacantRoot();
        if (ring is not null && (heapCount == 0 || RingPrecedesHeap(ring.Head)))
        {
            time = ringTime;
            return ring.Dequeue().Event;
        }
        return PopHeap(out time);
    }

    private bool RingPrecedesHeap(in ScheduledEvent head)
    {
        ref readonly var top = ref this.heap[0];
        return ringTime < top.Time || (ringTime == top.Time && head.Order < this.slots[top.Slot].Order);
    }

    private Event PopHeap(out double time)
    {
        var top = this.heap[0];
        time = top.Time;
        ref var slot = ref this.slots[top.Slot];
        var scheduled = slot.Event!;
        slot.Event = null;
        freeSlots[freeSlotCount++] = top.Slot;
        rootVacant = true;
        return scheduled;
    }

    private void FillVacantRoot()
    {
        if (!rootVacant)
        {
            return;
        }
        rootVacant = false;
        var last = --heapCount;
        ref var root = ref MemoryMarshal.GetArrayDataReference(this.heap);
        var moved = Unsafe.Add(ref root, last);
        Unsafe.Add(ref root, last) = Sentinel;
        if (last > 0)
        {
            SiftDown(ref root, moved, last, this.slots);
        }
    }

    // Picks the first of four siblings with a fixed sequence of comparisons whose outcomes become index arithmetic,
    // not jumps: which child is smallest is a coin toss the branch predictor would lose about half the time.
    // Positions past the end hold +infinity sentinels so every node has four children to compare.
    private static void SiftDown(ref HeapEntry root, HeapEntry entry, int count, EventSlot[] slots)
    {
        var index = 0;
        while (true)
        {
            var first = (index << 2) + 1;
            if (first >= count)
            {
                break;
            }
            var left = first + FirstOfTwo(ref root, first, slots);
            var right = first + 2 + FirstOfTwo(ref root, first + 2, slots);
            var best = left + ((right - left) & -Precedes(ref root, right, left, slots));
            ref var bestEntry = ref Unsafe.Add(ref root, best);
            if (bestEntry.Time > entry.Time || (bestEntry.Time == entry.Time && slots[bestEntry.Slot].Order > slots[entry.Slot].Order))
            {
                break;
            }
            Unsafe.Add(ref root, index) = bestEntry;
            index = best;
        }
        Unsafe.Add(ref root, index) = entry;
    }

    // 1 when the entry after position i precedes the one at i, else 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstOfTwo(ref HeapEntry root, int i, EventSlot[] slots) => Precedes(ref root, i + 1, i, slots);

    // 1 when entry a precedes entry b, else 0; ties on time (rare) take the predictable branch to the orders.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Precedes(ref HeapEntry root, int a, int b, EventSlot[] slots)
    {
        var timeA = Unsafe.Add(ref root, a).Time;
        var timeB = Unsafe.Add(ref root, b).Time;
        var precedes = timeA < timeB;
        if (timeA == timeB)
        {
            precedes = slots[Unsafe.Add(ref root, a).Slot].Order < slots[Unsafe.Add(ref root, b).Slot].Order;
        }
        return precedes ? 1 : 0;
    }

    private static HeapEntry[] NewHeapArray(int length)
    {
        var heap = new HeapEntry[length];
        Array.Fill(heap, Sentinel);
        return heap;
    }

    private int TakeSlot()
    {
        if (freeSlotCount > 0)
        {
            return freeSlots[--freeSlotCount];
        }
        if (slotsUsed == this.slots.Length)
        {
            var size = this.slots.Length * 2;
            Array.Resize(ref this.slots, size);
            Array.Resize(ref freeSlots, size);
        }
        return slotsUsed++;
    }
}
