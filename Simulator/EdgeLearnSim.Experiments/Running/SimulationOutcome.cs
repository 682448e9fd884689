namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// What a batch run keeps from one upload simulation: the physical makespan (last upload end, seconds), bytes
/// uploaded to the cloud and raw bytes, and the final task→edge placement (it differs from the schedule's
/// when outages re-dispatch tasks or an online policy placed them).
/// </summary>
public sealed record SimulationOutcome(double SimulatedMakespan, double BytesToCloud, double RawBytes, IReadOnlyList<int> FinalEdgeOf);
