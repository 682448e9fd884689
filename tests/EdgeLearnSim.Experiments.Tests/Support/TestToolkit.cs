using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Running;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Experiments.Tests.Support;

/// <summary>
/// Small stand-ins for the real pieces so the pipeline is testable on its own: a uniform instance drawer with a
/// fixed best ratio, the trivial lower bound max(Σs/ΣB, max_i min_j V_ij), an analytic upload time (fifo, constant
/// bandwidth), and two schedulers (random, and a longest-first greedy).
/// </summary>
internal static class TestToolkit
{
    public const double Ratio = 0.0128;

    public static ExperimentToolkit Create(Func<ISchedulingInstance, bool>? failWhen = null) => new()
    {
        Schedulers = Registry(failWhen),
        GenerateInstance = Generate,
        LowerBound = (instance, _) => new CertifiedBound(LowerBound(instance), "trivial"),
        Simulator = new AnalyticSimulator(),
    };

    /// <param name="failWhen">greedy throws on the instances it selects.</param>
    /// <param name="provesItsMakespan">greedy reports its own makespan as a proven lower bound (a stand-in for a solver's proof).</param>
    public static SchedulerRegistry Registry(Func<ISchedulingInstance, bool>? failWhen = null, bool provesItsMakespan = false) => new SchedulerRegistry()
        .Register(new SchedulerDescriptor("random", "uniform random eligible edge", new Dictionary<string, double>(), _ => new RandomScheduler()))
        .Register(new SchedulerDescriptor("greedy", "longest first onto the earliest finish", new Dictionary<string, double> { ["rounds"] = 1 }, _ => new GreedyScheduler(failWhen, provesItsMakespan)));

    public static EdgeLearningInstance Generate(InstanceSpec spec, ulong seed)
    {
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(seed));
        var edges = new EdgeServer[spec.Edges];
        var (low, high) = spec.BandwidthMbps is UniformDistribution u ? (u.Min, u.Max) : (100.0, 1000.0);
        for (var j = 0; j < edges.Length; j++)
        {
            edges[j] = new EdgeServer(j, low + ((high - low) * random.NextDouble()));
        }
        var tasks = new LearningTask[spec.Tasks];
        for (var i = 0; i < tasks.Length; i++)
        {
            var records = 20_000L + random.Next(60_001);
            int[]? eligible = spec.Topology is FullyConnectedTopology ? null : [random.Next(spec.Edges)];
            var size = 8.0 * records * spec.RecordBytes * Ratio / (0.92 * 1e6);
            tasks[i] = new LearningTask(i, records, spec.RecordBytes, 0.9, 0, Ratio, size, eligible);
        }
        return new EdgeLearningInstance(tasks, edges);
    }

    public static double LowerBound(ISchedulingInstance instance)
    {
        var related = instance.Related!;
        return Math.Max(related.Sizes.ToArray().Sum() / related.Speeds.ToArray().Sum(), TaskTimeBounds.LargestShortestTime(instance));
    }

    /// <summary>Each edge uploads its tasks back to back from 0 in the schedule's order at its constant bandwidth.</summary>
    public static SimulationResult Simulate(EdgeLearningInstance instance, ScheduleResult schedule, SimulationSettings settings, ulong seed)
    {
        var finish = new double[instance.EdgeCount];
        var records = new TaskRecord[instance.TaskCount];
        double uploaded = 0, raw = 0;
        for (var j = 0; j < instance.EdgeCount; j++)
        {
            foreach (var i in schedule.EdgeOrder[j])
            {
                var task = instance.Tasks[i];
                var start = finish[j];
                finish[j] += 8 * task.CompressedBytes / (instance.Edges[j].BandwidthMbps * 1e6);
                records[i] = new TaskRecord(i, j, 0, start, start, start, finish[j], task.CompressedBytes, 0.92, 0);
                uploaded += task.CompressedBytes;
                raw += task.RawBytes;
            }
        }
        var makespan = finish.Max();
        var completion = records.Select(r => r.CompletionTime).Order().ToArray();
        return new SimulationResult
        {
            Tasks = records,
            Edges = [.. finish.Select((f, j) => new EdgeRecord(j, f, 0, 0, makespan > 0 ? f / makespan : 0, 0, f, 0))],
            WeightedMakespan = 0,
            SimulatedMakespan = makespan,
            MeanCompletionTime = completion.Average(),
            P50CompletionTime = completion[(int)Math.Ceiling(0.5 * completion.Length) - 1],
            P95CompletionTime = completion[(int)Math.Ceiling(0.95 * completion.Length) - 1],
            MeanUtilisation = finish.Average() / makespan,
            BytesToCloud = uploaded,
            RawBytes = raw,
            Redispatched = 0,
            TasksLost = 0,
            TasksDuplicated = 0,
            EventCount = 0,
        };
    }

    /// <summary>The analytic offline upload time of <see cref="Simulate"/>, each result passed through <paramref name="alter"/>; no online dispatch.</summary>
    internal sealed class AnalyticSimulator(Func<SimulationResult, SimulationResult>? alter = null) : IUploadSimulator
    {
        public SimulationResult Simulate(EdgeLearningInstance instance, ScheduleResult schedule, SimulationSettings settings, ulong seed)
        {
            var result = TestToolkit.Simulate(instance, schedule, settings, seed);
            return alter is null ? result : alter(result);
        }

        public SimulationResult Simulate(EdgeLearningInstance instance, IDispatchPolicy policy, SimulationSettings settings, ulong seed) =>
            throw new NotSupportedException("The test toolkit simulates offline schedules only.");
    }

    private sealed class RandomScheduler : IScheduler
    {
        public string Name => "random";

        public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
        {
            var random = new Xoshiro256StarStar(StableSeed.ToInt32(context.Seed));
            var edgeOf = new int[instance.TaskCount];
            for (var i = 0; i < edgeOf.Length; i++)
            {
                var eligible = instance.EligibleEdges(i);
                edgeOf[i] = eligible[random.Next(eligible.Length)];
            }
            return Assignments.ToResult(instance, edgeOf, ExitReason.Completed);
        }
    }

    private sealed class GreedyScheduler(Func<ISchedulingInstance, bool>? failWhen, bool provesItsMakespan) : IScheduler
    {
        public string Name => "greedy";

        public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
        {
            if (failWhen?.Invoke(instance) == true)
            {
                throw new InvalidOperationException("injected failure");
            }
            var loads = new double[instance.EdgeCount];
            var edgeOf = new int[instance.TaskCount];
            var order = Enumerable.Range(0, instance.TaskCount).OrderByDescending(i => instance.Related!.Sizes[i]).ThenBy(i => i);
            foreach (var i in order)
            {
                var best = -1;
                foreach (var j in instance.EligibleEdges(i))
                {
                    if (best < 0 || loads[j] + instance.ProcessingTime(i, j) < loads[best] + instance.ProcessingTime(i, best))
                    {
                        best = j;
                    }
                }
                edgeOf[i] = best;
                loads[best] += instance.ProcessingTime(i, best);
            }
            var result = Assignments.ToResult(instance, edgeOf, ExitReason.Completed);
            return provesItsMakespan ? result with { ProvenLowerBound = result.Makespan } : result;
        }
    }
}
