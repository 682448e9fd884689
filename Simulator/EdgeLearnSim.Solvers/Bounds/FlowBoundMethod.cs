using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>The bound of <see cref="LowerBounds.Compute"/>: prefix, flow or LP by instance kind. It always runs, first.</summary>
public sealed class FlowBoundMethod : ILowerBoundMethod
{
    public static FlowBoundMethod Instance { get; } = new();

    private FlowBoundMethod()
    {
    }

    public string Name => LowerBounds.FlowMethod;

    public string Description => "the smallest makespan T whose pruned LP(T) is feasible (prefix sums or a maximum flow on related instances); always computed";

    public bool RunsByDefault(long eligiblePairs, int edgeCount) => true;

    public double Compute(ISchedulingInstance instance, double floor, ScheduleResult schedule) => LowerBounds.Compute(instance);
}
