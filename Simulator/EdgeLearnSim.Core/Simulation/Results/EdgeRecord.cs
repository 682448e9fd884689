namespace EdgeLearnSim.Core.Simulation.Results;

/// <summary>What one edge's uplink did.</summary>
/// <param name="Edge">Edge id.</param>
/// <param name="BusyTime">Seconds with at least one upload in progress (paused uploads count).</param>
/// <param name="BytesUploaded">Bytes sent to the cloud, including the part of a restarted upload that was lost.</param>
/// <param name="TasksCompleted">Uploads finished here.</param>
/// <param name="Utilisation">BusyTime over the simulated makespan (0 when that is 0).</param>
/// <param name="DownTime">Seconds the edge was down before the run ended.</param>
/// <param name="FinishTime">When its last upload ended (0 if none).</param>
/// <param name="WeightedLoad">Σ V_ij over the tasks that finished here: the paper's load L_j of the final placement.</param>
public readonly record struct EdgeRecord(
    int Edge,
    double BusyTime,
    double BytesUploaded,
    int TasksCompleted,
    double Utilisation,
    double DownTime,
    double FinishTime,
    double WeightedLoad);
