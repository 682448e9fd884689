using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers.LinearProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Solvers.Tests.LinearProgramming;

public sealed class RoundingTests
{
    [Fact]
    public void PseudoForestRounding_GivesEachSplitTaskItsOwnEdge()
    {
        // Two tasks split over the same two edges form a cycle: a pseudo-forest with a perfect matching.
        var instance = new DenseUnrelatedInstance(new double[,] { { 2, 3 }, { 4, 1 }, { 5, 5 } });
        var shares = new FractionalAssignment([
            [new EdgeShare(0, 0.5), new EdgeShare(1, 0.5)],
            [new EdgeShare(0, 0.25), new EdgeShare(1, 0.75)],
            [new EdgeShare(0, 1.0)],
        ]);

        var rounded = PseudoForestRounding.Round(instance, shares);

        Assert.False(rounded.UsedSlotRounding);
        Assert.Equal(2, rounded.SplitTaskCount);
        Assert.Equal(0, rounded.EdgeOf[2]);
        Assert.NotEqual(rounded.EdgeOf[0], rounded.EdgeOf[1]);
        Assert.Equal(1, rounded.EdgeOf[1]);
    }

    [Fact]
    public void PseudoForestRounding_TakesTheMatchingWithTheSmallestLargestLoad()
    {
        // Both matchings are valid; task 0 on edge 1 would cost 10, so task 0 → 0 and task 1 → 1 (makespan 1).
        var instance = new DenseUnrelatedInstance(new double[,] { { 1, 10 }, { 1, 1 } });
        var shares = new FractionalAssignment([
            [new EdgeShare(0, 0.5), new EdgeShare(1, 0.5)],
            [new EdgeShare(0, 0.6), new EdgeShare(1, 0.4)],
        ]);

        var rounded = PseudoForestRounding.Round(instance, shares);

        Assert.Equal([0, 1], rounded.EdgeOf);
    }

    [Fact]
    public void PseudoForestRounding_FallsBackToSlotRounding_WhenThePointIsNoVertex()
    {
        // Three tasks halved over two edges: no vertex, no matching; slot rounding still keeps the bound.
        var instance = new DenseUnrelatedInstance(new double[,] { { 1, 1 }, { 1, 1 }, { 1, 1 } });
        var half = new EdgeShare[] { new(0, 0.5), new(1, 0.5) };
        var shares = new FractionalAssignment([half, half, half]);

        var rounded = PseudoForestRounding.Round(instance, shares);

        Assert.True(rounded.UsedSlotRounding);
        var loads = Assignments.Loads(instance, rounded.EdgeOf);
        Assert.All(loads, load => Assert.True(load <= 1.5 + 1));
        Assert.Equal(3, loads.Sum());
    }

    [Fact]
    public void SlotRounding_KeepsEveryLoadWithinFractionalLoadPlusLongestPiece()
    {
        foreach (var testCase in RandomSmallInstances.Generate(count: 2000, baseSeed: 90_000))
        {
            var instance = testCase.Instance;
            var random = new Xoshiro256StarStar(testCase.Description.Length + instance.TaskCount * 31 + instance.EdgeCount);
            var shares = RandomFractionalPoint(instance, random);

            var edgeOf = SlotRounding.Round(instance, shares);

            var loads = Assignments.Loads(instance, edgeOf);
            for (var j = 0; j < instance.EdgeCount; j++)
            {
                var fractional = 0.0;
                var longest = 0.0;
                for (var i = 0; i < instance.TaskCount; i++)
                {
                    foreach (var share in shares.SharesOf(i))
                    {
                        if (share.Edge == j)
                        {
                            fractional += share.Share * instance.ProcessingTime(i, j);
                            longest = Math.Max(longest, instance.ProcessingTime(i, j));
                        }
                    }
                }
                Assert.True(loads[j] <= fractional + longest + 1e-9, $"{testCase}: edge {j} load {loads[j]} > {fractional} + {longest}");
            }
            for (var i = 0; i < instance.TaskCount; i++)
            {
                Assert.Contains(shares.SharesOf(i).ToArray(), s => s.Edge == edgeOf[i]);
            }
        }
    }

    private static FractionalAssignment RandomFractionalPoint(EdgeLearnSim.Core.Instances.ISchedulingInstance instance, Xoshiro256StarStar random)
    {
        var sharesByTask = new EdgeShare[instance.TaskCount][];
        for (var i = 0; i < sharesByTask.Length; i++)
        {
            var eligible = instance.EligibleEdges(i).ToArray();
            var weights = eligible.Select(_ => random.NextDouble() < 0.3 ? 0 : random.NextDouble()).ToArray();
            if (weights.Sum() == 0)
            {
                weights[0] = 1;
            }
            var total = weights.Sum();
            sharesByTask[i] = [.. eligible.Select((j, k) => new EdgeShare(j, weights[k] / total)).Where(s => s.Share > 0)];
        }
        return new FractionalAssignment(sharesByTask);
    }
}
