using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Experiments.Tests.Scenarios.Registration;

/// <summary>A test-only lower bound: the largest shortest task time, never run by default.</summary>
internal sealed class LargestTaskBound : ILowerBoundMethod
{
    public static LargestTaskBound Instance { get; } = new();

    public string Name => "largest-task";

    public string Description => "max_i min_j V_ij";

    public bool RunsByDefault(long eligiblePairs, int edgeCount) => false;

    public double Compute(ISchedulingInstance instance, double floor, ScheduleResult schedule) => TaskTimeBounds.LargestShortestTime(instance);
}
