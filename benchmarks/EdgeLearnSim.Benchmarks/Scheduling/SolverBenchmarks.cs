using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Solvers.Bounds;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using EdgeLearnSim.Solvers.LinearProgramming;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// The OR-Tools schedulers and the lower bound at the paper's sizes (m = 10; n = 100 and 600; each topology),
/// on instances drawn with the paper's defaults (seed 1). <c>exact</c> runs with a 1-second deterministic budget
/// here (its default is 10), which it exhausts at these sizes: the figure is the cost of that budget.
/// Run: <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*SolverBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SolverBenchmarks
{
    private static readonly SchedulerContext Context = new(Seed: 1);

    private ISchedulingInstance instance = null!;

    [Params(100, 600)]
    public int Tasks { get; set; }

    [Params("one-to-one", "one-to-more", "fully-connected")]
    public string Topology { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        TopologySpec topology = Topology switch
        {
            "one-to-one" => new OneToOneTopology(),
            "one-to-more" => new OneToMoreTopology(),
            _ => new FullyConnectedTopology(),
        };
        instance = InstanceGenerator.Generate(new InstanceSpec { Tasks = Tasks, Edges = 10, Topology = topology }, seed: 1);
    }

    [Benchmark]
    public double LpRounding() => new LpRoundingScheduler().Schedule(instance, Context).Makespan;

    [Benchmark]
    public double Lst() => new LstScheduler().Schedule(instance, Context).Makespan;

    [Benchmark]
    public double ExactOneDeterministicSecond() => new ExactScheduler(deterministicTime: 1).Schedule(instance, Context).Makespan;

    /// <summary>The lower bound (docs/model.md) through the GLOP breakpoint search, the route general unrelated instances take.</summary>
    [Benchmark]
    public double LpLowerBound() => PrunedLpSearch.Run(instance).LowerBound;

    /// <summary>The lower bound (docs/model.md) as every run on the project's instances gets it (prefix condition or max-flow).</summary>
    [Benchmark]
    public double LowerBound() => LowerBounds.Compute(instance);
}
