using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using EdgeLearnSim.Solvers.LinearProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.LinearProgramming;

/// <summary>
/// An instance on which the paper's largest-share rounding exceeds 2·OPT while <c>lst</c> keeps its guarantee.
/// 21 edges of speed 1. Edges 1..20 each hold a private task of size 1 (eligible there only). Ten shared tasks
/// of size p = 0.3, task i eligible on edge 0 and on private edges 2i+1, 2i+2. Each task costs the same
/// wherever it goes, so the total load is 20 + 10p = 23 on 21 edges and the LP optimum W = 23/21 is reached
/// only with every edge loaded exactly W: that fixes each private edge's share (W − 1)/p ≈ 0.3175 and the
/// share on edge 0, 1 − 2(W − 1)/p ≈ 0.3651. The optimum is unique, hence the vertex GLOP must return, and
/// every shared task is split three ways with its largest share on edge 0. Rounding sends all ten there:
/// makespan 10p = 3. OPT = 1 + p = 1.3 (some shared task must join a private edge unless all ten sit on edge 0),
/// so 3 &gt; 2.6 = 2·OPT.
/// </summary>
public sealed class LpRoundingCounterexampleTests
{
    private const int SharedTasks = 10;
    private const double SharedSize = 0.3;
    private const double Optimum = 1 + SharedSize;

    private static EdgeLearnSim.Core.Instances.EdgeLearningInstance Build()
    {
        var sizes = new double[3 * SharedTasks];
        var eligible = new int[]?[3 * SharedTasks];
        for (var i = 0; i < SharedTasks; i++)
        {
            sizes[i] = SharedSize;
            eligible[i] = [0, 2 * i + 1, 2 * i + 2];
        }
        for (var k = 0; k < 2 * SharedTasks; k++)
        {
            sizes[SharedTasks + k] = 1;
            eligible[SharedTasks + k] = [k + 1];
        }
        return RelatedInstances.Create(sizes, [.. Enumerable.Repeat(1.0, 2 * SharedTasks + 1)], eligible);
    }

    [Fact]
    public void LpRelaxation_HasTheThreeWaySplitVertex()
    {
        var instance = Build();
        using var lp = new AssignmentLp(instance);
        var solution = lp.Solve();

        var w = (2.0 * SharedTasks + SharedTasks * SharedSize) / (2 * SharedTasks + 1);
        Assert.Equal(w, solution.Makespan, 1e-9);
        Assert.Equal(w, solution.CertifiedLowerBound, 1e-9);
        for (var i = 0; i < SharedTasks; i++)
        {
            var shares = solution.Shares.SharesOf(i).ToArray();
            Assert.Equal([0, 2 * i + 1, 2 * i + 2], shares.Select(s => s.Edge));
            Assert.Equal(1 - 2 * (w - 1) / SharedSize, shares[0].Share, 1e-9);
            Assert.Equal((w - 1) / SharedSize, shares[1].Share, 1e-9);
            Assert.Equal((w - 1) / SharedSize, shares[2].Share, 1e-9);
            Assert.True(shares[0].Share > shares[1].Share + 0.04);
        }
        for (var k = SharedTasks; k < 3 * SharedTasks; k++)
        {
            Assert.Equal(k - SharedTasks + 1, solution.Shares.WholeEdgeOf(k));
        }
    }

    [Fact]
    public void LpRounding_ExceedsTwiceOptimum_WhileLstStaysWithin()
    {
        var instance = Build();
        var context = new SchedulerContext(Seed: 1);

        var rounded = new LpRoundingScheduler().Schedule(instance, context);
        var lst = new LstScheduler().Schedule(instance, context);

        Assert.All(Enumerable.Range(0, SharedTasks), i => Assert.Equal(0, rounded.EdgeOf[i]));
        Assert.Equal(SharedTasks * SharedSize, rounded.Makespan, 1e-12);
        Assert.True(rounded.Makespan > 2 * Optimum);
        Assert.True(lst.Makespan <= 2 * Optimum, $"lst {lst.Makespan}");
        Assert.Equal(Optimum, lst.Makespan, 1e-12);
    }

    [Fact]
    public void Exact_ConfirmsTheHandComputedOptimum()
    {
        var result = new ExactScheduler().Schedule(Build(), new SchedulerContext(Seed: 1));

        Assert.Equal(ExitReason.ProvedOptimal, result.Exit);
        Assert.Equal(Optimum, result.Makespan, 1e-12);
        Assert.True(result.ProvenLowerBound <= Optimum);
    }
}
