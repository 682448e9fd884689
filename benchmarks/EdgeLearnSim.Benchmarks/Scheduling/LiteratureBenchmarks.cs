using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// <c>local-search</c> (and <c>greedy</c> for scale) on the hardest classes of the Fanjul-Peyro &amp; Ruiz R||Cmax
/// set at n = 1000, m = 50, with the deviation from the best published makespan. Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*LiteratureBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(LiteratureBenchmarkConfig))]
public class LiteratureBenchmarks
{
    private UnrelatedInstance instance = null!;
    private IScheduler scheduler = null!;

    [Params("greedy", "local-search")]
    public string Scheduler { get; set; } = "";

    [Params("JobsCorre_n1000_m50_1052.txt", "MaqCorre_n1000_m50_1052.txt", "U1000a1100_n1000_m50_1052.txt", "U1a100_n1000_m50_1052.txt")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        instance = LiteratureInstances.Read(File);
        scheduler = SchedulerCatalog.Default.Create(Scheduler);
    }

    [Benchmark]
    public double Schedule() => scheduler.Schedule(instance, new SchedulerContext(1)).Makespan;
}
