using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Tests.Scheduling.Heuristics;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Bounds;

public class RelatedLowerBoundTests
{
    private const double Rounding = 1e-12;

    [Fact]
    public void LargestShortestTime_EqualsMinimumOverEveryPair_OnRandomInstances()
    {
        for (var seed = 1; seed <= 600; seed++)
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var instance = LptConstructionTests.DrawInstance(random, (TestTopology)(seed % 3), equalValues: seed % 2 == 0);
            var expected = 0.0;
            for (var i = 0; i < instance.TaskCount; i++)
            {
                var shortest = double.PositiveInfinity;
                for (var j = 0; j < instance.EdgeCount; j++)
                {
                    shortest = Math.Min(shortest, instance.ProcessingTime(i, j));
                }
                expected = Math.Max(expected, shortest);
            }
            Assert.Equal(expected, TaskTimeBounds.LargestShortestTime(instance));
        }
    }

    [Fact]
    public void LowerBound_OneEdge_IsTotalTime()
    {
        var instance = TestInstances.FromSizes([3, 5, 2], [2]);
        Assert.Equal(5.0, RelatedLowerBound.Compute(instance), 12);
    }

    [Fact]
    public void LowerBound_FullyConnected_HandSolved()
    {
        // Sizes 8, 1, 1 on speeds 2, 1. Plain LP: 10/3. Largest single time: 8/2 = 4. At T = 4 task 0 may use only
        // edge 0 (8/1 > 4) and fills it (capacity 4·2 = 8); tasks 1, 2 go to edge 1 (capacity 4): feasible. LB = 4.
        Assert.Equal(4.0, RelatedLowerBound.Compute(TestInstances.FromSizes([8, 1, 1], [2, 1])), 12);
        // Sizes 6, 6 on speeds 4, 1. Plain LP 12/5 = 2.4; largest single 1.5. For T < 6 both tasks are confined to
        // edge 0 (6/1 > T): need 12 ≤ 4T, T ≥ 3. At T = 3 feasible. LB = 3 (OPT = 3 too).
        Assert.Equal(3.0, RelatedLowerBound.Compute(TestInstances.FromSizes([6, 6], [4, 1])), 12);
    }

    [Fact]
    public void LowerBound_Eligibility_HandSolved()
    {
        // Task 0 (size 4) only on edge 1 (speed 1): T ≥ 4. Task 1 (size 4) anywhere: edge 0 (speed 4) takes it in 1.
        var instance = TestInstances.FromSizes([4, 4], [4, 1], [[1], [0, 1]]);
        Assert.Equal(4.0, RelatedLowerBound.Compute(instance), 12);
        // Two tasks of size 3 share the only edge 0 (speed 1) they reach; a third reaches both: LB = 6.
        var crowded = TestInstances.FromSizes([3, 3, 2], [1, 1], [[0], [0], [0, 1]]);
        Assert.Equal(6.0, RelatedLowerBound.Compute(crowded), 12);
    }

    [Fact]
    public void LowerBound_BelowBruteForceOptimum_AndAboveSimpleBounds_OnThousandsOfSmallInstances()
    {
        var random = new Xoshiro256StarStar(2024, threadSafe: false);
        var exactCount = 0;
        for (var trial = 0; trial < 3_000; trial++)
        {
            var n = random.Next(1, 8);
            var m = random.Next(1, 4);
            var sizes = Enumerable.Range(0, n).Select(_ => trial % 2 == 0 ? random.Next(1, 10) : 0.1 + 10 * random.NextDouble()).ToArray();
            var speeds = Enumerable.Range(0, m).Select(_ => trial % 3 == 0 ? random.Next(1, 4) : 0.5 + 3 * random.NextDouble()).ToArray();
            int[][]? eligible = trial % 4 == 0
                ? null
                : [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, m).Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty(random.Next(m)).Distinct().Order().ToArray())];
            var instance = TestInstances.FromSizes(sizes, speeds, eligible);
            var bound = RelatedLowerBound.Compute(instance);
            var optimum = BruteForce.OptimalMakespan(instance);
            Assert.True(bound <= optimum * (1 + Rounding), $"trial {trial}: LB {bound} > OPT {optimum}");
            var largestSmallest = Enumerable.Range(0, n).Max(i => instance.EligibleEdges(i).ToArray().Min(j => instance.ProcessingTime(i, j)));
            Assert.True(bound >= largestSmallest * (1 - Rounding), $"trial {trial}: LB {bound} < max_i min_j V_ij {largestSmallest}");
            Assert.True(bound >= sizes.Sum() / speeds.Sum() * (1 - Rounding), $"trial {trial}: LB {bound} below Σs/ΣB");
            if (Math.Abs(bound - optimum) <= 1e-12 * optimum)
            {
                exactCount++;
            }
        }
        // The bound is tight on a good share of tiny instances (a single task, one edge, ...): it is not trivially low.
        Assert.True(exactCount > 300, $"only {exactCount} tight bounds");
    }

    [Fact]
    public void LowerBound_IsTheBreakpoint_FeasibleThereAndInfeasibleJustBelow()
    {
        var random = new Xoshiro256StarStar(77, threadSafe: false);
        for (var trial = 0; trial < 300; trial++)
        {
            var topology = (TestTopology)(trial % 3);
            var instance = TestInstances.Random(random.Next(1, 60), random.Next(1, 8), topology, trial);
            var bound = RelatedLowerBound.Compute(instance);
            var ratio = RatioOf(instance);
            Assert.True(ratio.Ratio(bound) <= bound * (1 + 1e-12), $"trial {trial}: infeasible at LB");
            Assert.True(ratio.Ratio(bound * (1 - 1e-12)) > bound * (1 - 1e-12) || bound * (1 - 1e-12) < ratio.LargestShortestTime,
                $"trial {trial}: feasible below LB");
        }
    }

    [Fact]
    public void LowerBound_FlowAgreesWithPrefixCondition_WhenFullyConnected()
    {
        var random = new Xoshiro256StarStar(78, threadSafe: false);
        for (var trial = 0; trial < 200; trial++)
        {
            var instance = TestInstances.Random(random.Next(1, 80), random.Next(1, 12), TestTopology.FullyConnected, trial);
            var nested = new NestedCapacityRatio(instance.Related.Sizes, instance.Related.Speeds);
            var flow = FlowRatio(instance);
            foreach (var factor in new[] { 0.5, 0.9, 1.0, 1.1, 2.0 })
            {
                var t = nested.Ratio(double.PositiveInfinity) * factor + nested.LargestShortestTime * (1 - factor / 2);
                var expected = nested.Ratio(t);
                var actual = flow.Ratio(t);
                Assert.True(double.IsPositiveInfinity(expected) ? double.IsPositiveInfinity(actual) : Math.Abs(actual - expected) <= 1e-9 * expected,
                    $"trial {trial}: flow {actual} vs prefix {expected} at t = {t}");
            }
        }
    }

    [Fact]
    public void LowerBound_FullyConnected_MillionTasks_IsCheap()
    {
        // Not a timing test: just that the prefix path handles 10^6 tasks and agrees with Σs/ΣB there (tiny tasks).
        var sizes = Enumerable.Range(0, 1_000_000).Select(i => 1.0 + i % 7).ToArray();
        var speeds = Enumerable.Range(0, 100).Select(j => 100.0 + j).ToArray();
        var bound = RelatedLowerBound.Compute(new RelatedMachines(sizes, speeds), null);
        Assert.Equal(sizes.Sum() / speeds.Sum(), bound, 9);
    }

    private static IPrunedCapacityRatio RatioOf(EdgeLearningInstance instance) =>
        instance.IsFullyConnected ? new NestedCapacityRatio(instance.Related.Sizes, instance.Related.Speeds) : FlowRatio(instance);

    private static FlowCapacityRatio FlowRatio(EdgeLearningInstance instance)
    {
        var offsets = new int[instance.TaskCount + 1];
        var edges = new List<int>();
        for (var i = 0; i < instance.TaskCount; i++)
        {
            edges.AddRange(instance.EligibleEdges(i).ToArray());
            offsets[i + 1] = edges.Count;
        }
        return new FlowCapacityRatio(instance.Related.Sizes.ToArray(), instance.Related.Speeds.ToArray(), offsets, [.. edges]);
    }
}
