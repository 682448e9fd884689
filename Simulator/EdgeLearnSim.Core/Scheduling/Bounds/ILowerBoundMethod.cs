using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// One method of proving a lower bound on an instance's optimal makespan, by the name a scenario's <c>bounds:</c>
/// list uses. The bound-combining code runs the requested methods in registration order, each from the best bound
/// so far, and keeps the largest; a new method is one class and one registration line.
/// </summary>
public interface ILowerBoundMethod : IRegistryEntry
{
    /// <summary>
    /// Whether the method runs when a scenario names no bounds, on an instance with <paramref name="eligiblePairs"/>
    /// task–edge pairs Σ|E_i| over <paramref name="edgeCount"/> edges (expensive methods only where they pay).
    /// </summary>
    bool RunsByDefault(long eligiblePairs, int edgeCount);

    /// <summary>A value ≤ OPT exactly.</summary>
    /// <param name="instance">An instance with at least one task.</param>
    /// <param name="floor">A proven bound the method may start from.</param>
    /// <param name="schedule">A feasible schedule of the instance: an upper bound and a starting point.</param>
    double Compute(ISchedulingInstance instance, double floor, ScheduleResult schedule);
}
