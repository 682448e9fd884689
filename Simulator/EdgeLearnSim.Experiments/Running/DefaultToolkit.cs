using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>The tool's own composition: every registered scheduler, the instance generator, the lower bound and the upload simulation.</summary>
public static class DefaultToolkit
{
    public static ExperimentToolkit Create() => new(
        SchedulerCatalog.Default,
        InstanceGenerator.Generate,
        TrivialLowerBound,
        AnalyticSimulation,
        SaveInstance: InstanceFolder.Write);

    private static double TrivialLowerBound(ISchedulingInstance instance)
    {
        var related = instance.Related!;
        var bound = related.Sizes.ToArray().Sum() / related.Speeds.ToArray().Sum();
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var best = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                best = Math.Min(best, instance.ProcessingTime(i, j));
            }
            bound = Math.Max(bound, best);
        }
        return bound;
    }

    private static SimulationOutcome AnalyticSimulation(EdgeLearningInstance instance, ScheduleResult schedule, SimulationOptions options, ulong seed)
    {
        if (options.BandwidthTraces is not null || options.Outages is not null || options.CompressionSecondsPerByte != 0
            || options.AccessBandwidthMbps is not null || instance.Tasks.Any(t => t.ReleaseTime != 0))
        {
            throw new NotSupportedException("This build simulates only constant bandwidth, release at 0, no compression time and no outages.");
        }
        var finish = new double[instance.EdgeCount];
        double uploaded = 0, raw = 0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var task = instance.Tasks[i];
            var j = schedule.EdgeOf[i];
            finish[j] += 8 * task.CompressedBytes / (instance.Edges[j].BandwidthMbps * 1e6);
            uploaded += task.CompressedBytes;
            raw += task.RawBytes;
        }
        return new SimulationOutcome(finish.Max(), uploaded, raw, schedule.EdgeOf);
    }
}
