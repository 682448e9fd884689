namespace EdgeLearnSim.Engine;

/// <summary>Lifecycle flags of an <see cref="Event"/>; an event only ever gains flags.</summary>
[Flags]
internal enum EventState : byte
{
    Pending = 0,
    Triggered = 1,
    Failed = 2,
    Processed = 4,
}
