using System.Globalization;
using BenchmarkDotNet.Running;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>100·(makespan − best known)/best known of a literature case's scheduler (seed 1).</summary>
public sealed class DeviationFromBestKnownColumn : ComputedColumn
{
    public override string ColumnName => "Dev from best known";

    public override string Legend => "Signed deviation from the best published makespan, in percent";

    protected override string Key(BenchmarkCase benchmarkCase) =>
        $"{benchmarkCase.Parameters["Scheduler"]}/{benchmarkCase.Parameters["File"]}";

    protected override string Compute(BenchmarkCase benchmarkCase)
    {
        var file = (string)benchmarkCase.Parameters["File"];
        var scheduler = SchedulerCatalog.Default.Create((string)benchmarkCase.Parameters["Scheduler"]);
        var result = scheduler.Schedule(LiteratureInstances.Read(file), new SchedulerContext(1));
        var best = LiteratureInstances.BestKnown(file);
        return (100 * (result.Makespan - best) / best).ToString("F3", CultureInfo.InvariantCulture) + "%";
    }
}
