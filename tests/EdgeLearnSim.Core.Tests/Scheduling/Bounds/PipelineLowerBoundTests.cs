using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Uplinks;
using static EdgeLearnSim.Core.Tests.Simulation.SimulationTestInstances;

namespace EdgeLearnSim.Core.Tests.Scheduling.Bounds;

public class PipelineLowerBoundTests
{
    [Theory]
    [InlineData("fifo")]
    [InlineData("fair-share")]
    public void Bound_IsAtMostTheBruteForceOptimum_OverAssignmentsAndServiceOrders(string uplink)
    {
        var policy = UplinkPolicies.Default.Find(uplink);
        var random = Seeded(policy == UplinkPolicy.Fifo ? 515 : 516);
        for (var trial = 0; trial < 40; trial++)
        {
            var instance = SmallPipeline(random, trial);
            var optimum = BruteForceOptimum(instance, policy);
            var bound = PipelineLowerBound.Compute(instance);

            Assert.True(bound > 0, $"trial {trial}: bound {bound:R}");
            Assert.True(bound <= optimum * (1 + 1e-12), $"trial {trial}: bound {bound:R} above the optimum {optimum:R}");
        }
    }

    [Fact]
    public void Bound_IsTight_ForOneTaskAlone()
    {
        // One task: the bound's per-task term is its release plus its three stages, which the simulation takes exactly.
        var task = PaperTask(0, 50_000, release: 2, eligible: null) with { DeviceUplinkMbps = 100 };
        var instance = new EdgeLearningInstance([task], [new EdgeServer(0, 300) { AccessMbps = 80, CompressionSecondsPerByte = 1e-8 }]);
        var simulated = UploadSimulation.Run(instance, EdgeLearnSim.Core.Scheduling.Assignments.ToResult(instance, [0], ExitReason.Completed), new SimulationSettings(), 0).SimulatedMakespan;

        Assert.Equal(simulated, PipelineLowerBound.Compute(instance), 9);
    }

    [Fact]
    public void PipelineSearch_IsNeverWorseThanItsStartingSchedules()
    {
        var random = Seeded(517);
        for (var trial = 0; trial < 12; trial++)
        {
            var policy = trial % 2 == 0 ? UplinkPolicy.Fifo : UplinkPolicy.FairShare;
            var instance = WithRandomPipeline(random, Random(random, 30, 4, (Topology)(trial % 3), maxRelease: trial % 4 == 0 ? 5 : 0));
            var context = new SchedulerContext((ulong)trial) { Uplink = policy };
            var settings = new SimulationSettings { Uplink = policy };
            double Simulated(ScheduleResult schedule) => UploadSimulation.Run(instance, schedule, settings, 0).SimulatedMakespan;

            var search = Simulated(new PipelineSearchScheduler(work: 0.1).Schedule(instance, context));
            var localSearch = Simulated(new LocalSearchScheduler(work: 0.1).Schedule(instance, context));
            var greedy = Simulated(new GreedyScheduler().Schedule(instance, context));

            Assert.True(search <= localSearch && search <= greedy, $"trial {trial}: pipeline-search {search:R}, local-search {localSearch:R}, greedy {greedy:R}");
            Assert.True(PipelineLowerBound.Compute(instance) <= search * (1 + 1e-12), $"trial {trial}");
        }
    }

    /// <summary>2–4 tasks on 2–3 edges with every stage of comparable length, releases 0–2 s.</summary>
    private static EdgeLearningInstance SmallPipeline(System.Random random, int trial)
    {
        var n = random.Next(2, 5);
        var m = random.Next(2, 4);
        var topology = (Topology)(trial % 3);
        var tasks = Enumerable.Range(0, n).Select(i => PaperTask(i, random.Next(20_000, 80_001), random.NextDouble() < 0.5 ? 0 : 2 * random.NextDouble(), Eligible(random, m, topology))
            with { DeviceUplinkMbps = 500 + (2_000 * random.NextDouble()) }).ToArray();
        var edges = Enumerable.Range(0, m).Select(j => new EdgeServer(j, 5 + (20 * random.NextDouble()))
        {
            AccessMbps = 1_000 + (3_000 * random.NextDouble()),
            Cores = random.Next(1, 3),
            CompressionSecondsPerByte = 1e-9 * (1 + (4 * random.NextDouble())),
        }).ToArray();
        return new EdgeLearningInstance(tasks, edges);
    }

    /// <summary>The smallest simulated makespan over every eligible assignment and every service order on each edge.</summary>
    private static double BruteForceOptimum(EdgeLearningInstance instance, UplinkPolicy policy)
    {
        var settings = new SimulationSettings { Uplink = policy };
        var best = double.PositiveInfinity;
        foreach (var edgeOf in EligibleAssignments(instance, 0, new int[instance.TaskCount]))
        {
            var byEdge = Enumerable.Range(0, instance.EdgeCount).Select(j => Enumerable.Range(0, edgeOf.Length).Where(i => edgeOf[i] == j).ToList()).ToArray();
            foreach (var order in Orders(byEdge, 0, new List<int>[byEdge.Length]))
            {
                var schedule = EdgeLearnSim.Core.Scheduling.Assignments.ToResult(instance, edgeOf, ExitReason.Completed, edgeOrder: order);
                best = Math.Min(best, UploadSimulation.Run(instance, schedule, settings, 0).SimulatedMakespan);
            }
        }
        return best;
    }

    private static IEnumerable<int[]> EligibleAssignments(EdgeLearningInstance instance, int task, int[] edgeOf)
    {
        if (task == edgeOf.Length)
        {
            yield return (int[])edgeOf.Clone();
            yield break;
        }
        foreach (var j in instance.EligibleEdges(task).ToArray())
        {
            edgeOf[task] = j;
            foreach (var full in EligibleAssignments(instance, task + 1, edgeOf))
            {
                yield return full;
            }
        }
    }

    private static IEnumerable<List<int>[]> Orders(List<int>[] byEdge, int edge, List<int>[] chosen)
    {
        if (edge == byEdge.Length)
        {
            yield return [.. chosen.Select(o => o.ToList())];
            yield break;
        }
        foreach (var permutation in Permutations(byEdge[edge]))
        {
            chosen[edge] = permutation;
            foreach (var full in Orders(byEdge, edge + 1, chosen))
            {
                yield return full;
            }
        }
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1)
        {
            yield return [.. items];
            yield break;
        }
        for (var k = 0; k < items.Count; k++)
        {
            var rest = items.Where((_, index) => index != k).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[k], .. tail];
            }
        }
    }
}
