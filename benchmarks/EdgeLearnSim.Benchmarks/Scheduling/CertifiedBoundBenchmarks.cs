using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// The integer-aware bounds of <see cref="LowerBounds.Certify"/> beside the flow bound they start from, on the
/// paper's instances (m = 10, seed 1) in the three topologies at n = 100 and 600: <see cref="LagrangianBound"/>
/// with its default budget and <see cref="CpSatBound"/> with its default deterministic time. Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*CertifiedBoundBenchmarks*' --job short</c>.
/// </summary>
public class CertifiedBoundBenchmarks
{
    private EdgeLearningInstance instance = null!;
    private double flow;
    private ScheduleResult schedule = null!;

    [Params(100, 600)]
    public int Tasks { get; set; }

    [Params("one-to-one", "one-to-more", "fully-connected")]
    public string Topology { get; set; } = "one-to-one";

    [GlobalSetup]
    public void Setup()
    {
        instance = HeuristicBenchmarkInstances.Paper(Tasks, 10, Topology, seed: 1);
        flow = LowerBounds.Compute(instance);
        schedule = new LocalSearchScheduler().Schedule(instance, new SchedulerContext(Seed: 0));
    }

    [Benchmark(Baseline = true)]
    public double Flow() => LowerBounds.Compute(instance);

    [Benchmark]
    public double Lagrangian() => LagrangianBound.Compute(instance, flow, schedule.Makespan);

    [Benchmark]
    public double CpSat() => CpSatBound.Compute(instance, flow, schedule.EdgeOf);
}
