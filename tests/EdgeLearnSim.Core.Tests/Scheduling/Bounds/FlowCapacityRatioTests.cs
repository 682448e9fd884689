using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Tests.Scheduling.Reference;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Bounds;

public class FlowCapacityRatioTests
{
    [Fact]
    public void FlowBound_EqualsReferenceImplementation_BitForBit_OnRandomInstances()
    {
        var compared = 0;
        for (var seed = 1; seed <= 2500; seed++)
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var (sizes, speeds, offsets, edges) = Draw(random, equalValues: seed % 3 == 0);
            var reference = new ReferenceFlowCapacityRatio(sizes, speeds, offsets, edges);
            var actual = new FlowCapacityRatio(sizes, speeds, offsets, edges);
            Assert.Equal(reference.LargestShortestTime, actual.LargestShortestTime);
            Assert.Equal(reference.FeasibleMakespan, actual.FeasibleMakespan);
            var expected = RelatedLowerBound.Search(reference);
            Assert.True(expected == RelatedLowerBound.Search(actual), $"seed {seed}: bound {expected:R} differs");
            // Single trials too, at and between breakpoints, in the order a search would not use.
            var trial = reference.LargestShortestTime;
            for (var step = 0; step < 6 && double.IsFinite(trial); step++)
            {
                Assert.Equal(reference.Ratio(trial), actual.Ratio(trial));
                var next = reference.NextBreakpoint(trial);
                Assert.Equal(next, actual.NextBreakpoint(trial));
                trial = double.IsFinite(next) ? next * (1 + random.NextDouble() * 0.1) : next;
            }
            Assert.Equal(reference.Ratio(double.PositiveInfinity), actual.Ratio(double.PositiveInfinity));
            compared++;
        }
        Assert.Equal(2500, compared);
    }

    private static (double[] Sizes, double[] Speeds, int[] Offsets, int[] Edges) Draw(System.Random random, bool equalValues)
    {
        var n = random.Next(1, 60);
        var m = random.Next(1, 12);
        var speeds = new double[m];
        for (var j = 0; j < m; j++)
        {
            speeds[j] = equalValues ? 100 * random.Next(1, 4) : 100 + 900 * random.NextDouble();
        }
        var sizes = new double[n];
        var offsets = new int[n + 1];
        var edges = new List<int>();
        var oneToOne = random.Next(2) == 0;
        for (var i = 0; i < n; i++)
        {
            sizes[i] = equalValues ? 20 * random.Next(1, 5) : 20 + 120 * random.NextDouble();
            var count = oneToOne ? (random.NextDouble() < 0.8 ? 1 : Math.Min(2, m)) : random.Next(1, m + 1);
            edges.AddRange(Enumerable.Range(0, m).OrderBy(_ => random.Next()).Take(count).Order());
            offsets[i + 1] = edges.Count;
        }
        return (sizes, speeds, offsets, [.. edges]);
    }
}
