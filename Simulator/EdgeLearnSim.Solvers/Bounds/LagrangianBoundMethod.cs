using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>The knapsack Lagrangian bound of <see cref="LagrangianBound"/> under its default counted budget.</summary>
public sealed class LagrangianBoundMethod : ILowerBoundMethod
{
    /// <summary>By default the Lagrangian bound runs up to this many eligible task–edge pairs Σ|E_i|.</summary>
    public const long DefaultMaxPairs = 20_000;

    public static LagrangianBoundMethod Instance { get; } = new();

    private LagrangianBoundMethod()
    {
    }

    public string Name => LowerBounds.LagrangianMethod;

    public string Description => $"integer knapsack Lagrangian bound; by default up to {DefaultMaxPairs} task-edge pairs and {LowerBounds.DefaultMaxTasksPerEdge} per edge";

    public bool RunsByDefault(long eligiblePairs, int edgeCount) =>
        eligiblePairs <= Math.Min(DefaultMaxPairs, LowerBounds.DefaultMaxTasksPerEdge * edgeCount);

    public double Compute(ISchedulingInstance instance, double floor, ScheduleResult schedule) =>
        LagrangianBound.Compute(instance, floor, schedule.Makespan);
}
