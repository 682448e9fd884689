namespace EdgeLearnSim.Engine;

/// <summary>A growable FIFO ring of <see cref="ScheduledEvent"/> for entries that arrive already in queue order.</summary>
internal sealed class EventRing
{
    private ScheduledEvent[] _items = new ScheduledEvent[64];
    private int _head;
    private int _count;

    public int Count => _count;

    public ref readonly ScheduledEvent Head => ref _items[_head];

    public void Enqueue(in ScheduledEvent entry)
    {
        if (_count == _items.Length)
        {
            Grow();
        }
        _items[(_head + _count) & (_items.Length - 1)] = entry;
        _count++;
    }

    public ScheduledEvent Dequeue()
    {
        var entry = _items[_head];
        _items[_head] = default;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        return entry;
    }

    private void Grow()
    {
        var larger = new ScheduledEvent[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = _items[(_head + i) & (_items.Length - 1)];
        }
        _items = larger;
        _head = 0;
    }
}
