using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// A custom summary column whose value is computed once per case in the host process (a quality figure beside the
/// timings); subclasses give the header, the legend, a cache key and the computation.
/// </summary>
public abstract class ComputedColumn : IColumn
{
    private readonly ConcurrentDictionary<string, string> cache = new();

    public string Id => GetType().Name;

    public abstract string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public abstract string Legend { get; }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return cache.GetOrAdd(Key(benchmarkCase), _ => Compute(benchmarkCase));
    }

    /// <summary>Cases with the same key share one computed value.</summary>
    protected abstract string Key(BenchmarkCase benchmarkCase);

    protected abstract string Compute(BenchmarkCase benchmarkCase);
}
