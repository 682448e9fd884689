namespace EdgeLearnSim.Core.Simulation.Results;

/// <summary>
/// The immutable outcome of one upload simulation. Every task appears exactly once in <see cref="Tasks"/>
/// (index = task id), finished.
/// </summary>
public sealed record SimulationResult
{
    public required IReadOnlyList<TaskRecord> Tasks { get; init; }

    public required IReadOnlyList<EdgeRecord> Edges { get; init; }

    /// <summary>The paper's accuracy-weighted makespan of the final placement: max_j Σ_{i→j} V_ij.</summary>
    public required double WeightedMakespan { get; init; }

    /// <summary>The physical makespan: the last upload end.</summary>
    public required double SimulatedMakespan { get; init; }

    /// <summary>Mean of UploadEnd − Release over tasks.</summary>
    public required double MeanCompletionTime { get; init; }

    /// <summary>Median of UploadEnd − Release (nearest rank: the ⌈0.5·n⌉-th smallest).</summary>
    public required double P50CompletionTime { get; init; }

    /// <summary>95th percentile of UploadEnd − Release (nearest rank: the ⌈0.95·n⌉-th smallest).</summary>
    public required double P95CompletionTime { get; init; }

    /// <summary>Mean over tasks of the time in the access stage: transfers, waiting for one and parked time (docs/pipeline.md).</summary>
    public double MeanAccessTime { get; init; }

    /// <summary>Mean over tasks of the time from the data's arrival at an edge to its compression's end, waiting included.</summary>
    public double MeanCompressionTime { get; init; }

    /// <summary>Mean over tasks of the time from compression's end to the upload's end, waiting included; the three means sum to <see cref="MeanCompletionTime"/>.</summary>
    public double MeanUploadTime { get; init; }

    /// <summary>Joules drawn under the settings' <see cref="EnergyModel"/>.</summary>
    public EnergyUse Energy { get; init; } = EnergyUse.None;

    /// <summary>Mean over all m edges of <see cref="EdgeRecord.Utilisation"/> (busy time over the simulated makespan), in [0, 1].</summary>
    public required double MeanUtilisation { get; init; }

    /// <summary>Tasks for which the engine delivered no completion event (0 in a finished run).</summary>
    public required int TasksLost { get; init; }

    /// <summary>Completion events beyond the first for the same task: a task uploaded twice counts once here.</summary>
    public required int TasksDuplicated { get; init; }

    /// <summary>Bytes sent over all uplinks, including uploads lost to restarts.</summary>
    public required double BytesToCloud { get; init; }

    /// <summary>Σ D_i: what the devices would have sent to the cloud without edge compression.</summary>
    public required double RawBytes { get; init; }

    /// <summary>How many times an outage moved a task to another edge.</summary>
    public required int Redispatched { get; init; }

    /// <summary>
    /// [edge][bin]: the fraction of each <see cref="SimulationSettings.UtilisationBinSeconds"/> bin during which the
    /// edge's uplink was busy, bins from 0 to the simulated makespan (the last bin measured against its part before
    /// the makespan); null when bins were not requested.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>>? UtilisationOverTime { get; init; }

    /// <summary>Per-edge samples over the run (<see cref="SimulationSettings.TimelineStepSeconds"/>); null when not requested.</summary>
    public SimulationTimeline? Timeline { get; init; }

    /// <summary>Every edge's outages up to the simulated makespan, by edge then time (empty without outages).</summary>
    public IReadOnlyList<Outages.OutageInterval> DownIntervals { get; init; } = [];

    /// <summary>Events the engine processed.</summary>
    public required long EventCount { get; init; }
}
