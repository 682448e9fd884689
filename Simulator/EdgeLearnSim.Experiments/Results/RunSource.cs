using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Cells;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// Everything one run row is computed from: the cell, its instance, the scheduler's label, the metrics of the final
/// placement, the scheduler's own result (null for an online policy), the upload simulation, and the cell's bound
/// (<see cref="CertifiedBound.Max"/> of the instance bound and every scheduler's proven bound in the cell).
/// </summary>
public sealed record RunSource(
    Cell Cell,
    EdgeLearningInstance Instance,
    string Scheduler,
    ScheduleMetrics Schedule,
    ScheduleResult? Result,
    SimulationResult Simulation,
    CertifiedBound Bound);
