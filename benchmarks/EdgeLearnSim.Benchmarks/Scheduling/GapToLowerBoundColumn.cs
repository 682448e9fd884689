using System.Globalization;
using BenchmarkDotNet.Running;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// The mean gap 100·(makespan − LB)/LB of a benchmark case's scheduler, over seeds 1..10 of its instance shape
/// (seed 1 only above 10,000 tasks), computed once in the host process beside the timings.
/// </summary>
public sealed class GapToLowerBoundColumn : ComputedColumn
{
    public override string ColumnName => "Gap to LB";

    public override string Legend => "Mean gap to the lower bound (docs/model.md) in percent over seeded instances of the case's shape";

    protected override string Key(BenchmarkCase benchmarkCase) =>
        $"{benchmarkCase.Parameters["Scheduler"]}/{benchmarkCase.Parameters["Tasks"]}/{benchmarkCase.Parameters["Edges"]}/{benchmarkCase.Parameters["Topology"]}";

    protected override string Compute(BenchmarkCase benchmarkCase)
    {
        var scheduler = (string)benchmarkCase.Parameters["Scheduler"];
        var tasks = (int)benchmarkCase.Parameters["Tasks"];
        var edges = (int)benchmarkCase.Parameters["Edges"];
        var topology = (string)benchmarkCase.Parameters["Topology"];
        var seeds = tasks > 10_000 ? 1 : 10;
        var total = 0.0;
        for (var seed = 1; seed <= seeds; seed++)
        {
            var instance = HeuristicBenchmarkInstances.Paper(tasks, edges, topology, seed);
            var bound = RelatedLowerBound.Compute(instance);
            var result = SchedulerCatalog.Default.Create(scheduler).Schedule(instance, new SchedulerContext((ulong)seed));
            total += 100 * (result.Makespan - bound) / bound;
        }
        return (total / seeds).ToString("F4", CultureInfo.InvariantCulture) + "%";
    }
}
