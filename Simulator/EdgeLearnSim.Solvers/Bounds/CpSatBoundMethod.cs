using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>CP-SAT's proven bound under a deterministic budget (<see cref="CpSatBound"/>), hinted with the schedule.</summary>
public sealed class CpSatBoundMethod : ILowerBoundMethod
{
    /// <summary>By default the CP-SAT bound runs up to this many eligible task–edge pairs Σ|E_i|.</summary>
    public const long DefaultMaxPairs = 2_000;

    public static CpSatBoundMethod Instance { get; } = new();

    private CpSatBoundMethod()
    {
    }

    public string Name => LowerBounds.CpSatMethod;

    public string Description => $"CP-SAT's proven bound under a deterministic budget; by default up to {DefaultMaxPairs} task-edge pairs and {LowerBounds.DefaultMaxTasksPerEdge} per edge";

    public bool RunsByDefault(long eligiblePairs, int edgeCount) =>
        eligiblePairs <= Math.Min(DefaultMaxPairs, LowerBounds.DefaultMaxTasksPerEdge * edgeCount);

    public double Compute(ISchedulingInstance instance, double floor, ScheduleResult schedule) =>
        CpSatBound.Compute(instance, floor, schedule.EdgeOf);
}
