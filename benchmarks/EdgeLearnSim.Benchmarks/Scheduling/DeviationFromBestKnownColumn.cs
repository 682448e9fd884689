using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>100·(makespan − best known)/best known of a literature case's scheduler (seed 1), computed once in the host process.</summary>
public sealed class DeviationFromBestKnownColumn : IColumn
{
    private readonly ConcurrentDictionary<string, string> cache = new();

    public string Id => nameof(DeviationFromBestKnownColumn);

    public string ColumnName => "Dev from best known";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Signed deviation from the best published makespan, in percent";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var scheduler = (string)benchmarkCase.Parameters["Scheduler"];
        var file = (string)benchmarkCase.Parameters["File"];
        return cache.GetOrAdd($"{scheduler}/{file}", _ =>
        {
            var result = SchedulerCatalog.Default.Create(scheduler).Schedule(LiteratureInstances.Read(file), new SchedulerContext(1));
            var best = LiteratureInstances.BestKnown(file);
            return (100 * (result.Makespan - best) / best).ToString("F3", CultureInfo.InvariantCulture) + "%";
        });
    }
}
