using System.Runtime.CompilerServices;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// The <c>pipeline_lower_bound</c> of a run: <see cref="PipelineLowerBound"/> of its instance where one is provable
/// (pipeline parameters set, constant bandwidth, no outages), else null. Computed once per instance, as every row of
/// a cell shares it.
/// </summary>
public static class PipelineBounds
{
    private static readonly ConditionalWeakTable<EdgeLearningInstance, StrongBox<double>> Computed = [];

    public static double? Of(EdgeLearningInstance instance, SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(settings);
        if (!instance.HasPipelineParameters || settings.Bandwidth is not null || settings.Outages is not null)
        {
            return null;
        }
        return Computed.GetValue(instance, i => new StrongBox<double>(PipelineLowerBound.Compute(i))).Value;
    }
}
