using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Outages;

namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// How the upload simulation runs (docs/model.md). The defaults are the paper's setting: FIFO uplinks at
/// constant B_j, no outages, no energy model. Access and compression parameters belong to the instance
/// (<see cref="Instances.EdgeServer"/>, <see cref="Instances.LearningTask.DeviceUplinkMbps"/>).
/// </summary>
public sealed record SimulationSettings
{
    public UplinkPolicy Uplink { get; init; } = UplinkPolicy.Fifo;

    /// <summary>The power model; every term 0 by default, so every energy column is 0.</summary>
    public EnergyModel Energy { get; init; } = new();

    /// <summary>Time-varying uplinks; null: each edge uploads at its constant B_j.</summary>
    public BandwidthVariation? Bandwidth { get; init; }

    /// <summary>Edge outages; null: edges never fail.</summary>
    public OutageModel? Outages { get; init; }

    public RedispatchMode Redispatch { get; init; } = RedispatchMode.Resume;

    /// <summary>
    /// When set, the result carries each uplink's busy fraction per bin of this many seconds
    /// (<see cref="Results.SimulationResult.UtilisationOverTime"/>); null: not recorded.
    /// </summary>
    public double? UtilisationBinSeconds { get; init; }

    /// <summary>
    /// When set, the result carries every edge's bandwidth, queued upload work and up/down state sampled every this
    /// many simulated seconds (<see cref="Results.SimulationResult.Timeline"/>); null: not recorded.
    /// </summary>
    public double? TimelineStepSeconds { get; init; }

    /// <summary>
    /// Safety limit in simulated seconds: a run not finished by then stops with <see cref="SimulationIncompleteException"/>.
    /// </summary>
    public double Horizon { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// Safety limit on processed engine events; a run that exceeds it stops with
    /// <see cref="SimulationIncompleteException"/>. Null: 1000·(n + m) + 10^6, far above a finishing run's count
    /// (a few events per task), so only a livelock (e.g. restarts that outages always cut short) reaches it.
    /// </summary>
    public long? MaxEvents { get; init; }

    /// <summary>Throws <see cref="InvalidInputException"/> naming the first bad field.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Energy);
        Energy.Validate();
        if (double.IsNaN(Horizon) || Horizon <= 0)
        {
            throw new InvalidInputException("simulation.horizon_seconds", $"{Horizon} must be > 0");
        }
        if (UtilisationBinSeconds is { } bin && (!double.IsFinite(bin) || bin <= 0))
        {
            throw new InvalidInputException("simulation.utilisationBinSeconds", $"{bin} must be a finite number > 0");
        }
        if (TimelineStepSeconds is { } step && (!double.IsFinite(step) || step <= 0))
        {
            throw new InvalidInputException("simulation.timelineStepSeconds", $"{step} must be a finite number > 0");
        }
        if (MaxEvents is < 1)
        {
            throw new InvalidInputException("simulation.maxEvents", $"{MaxEvents} must be ≥ 1");
        }
        if (Bandwidth is { Traces.Count: 0 })
        {
            throw new InvalidInputException("simulation.bandwidth_traces.files", "at least one trace is needed");
        }
    }
}
