using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Benchmarks.Simulation;

/// <summary>
/// The whole pipeline (docs/pipeline.md) against today's upload simulation on the same 10^6 uploads on 10^4 edges
/// (one-to-more, k ≤ 10, a random eligible edge per task, releases at 0, FIFO uplinks), in one run: without pipeline
/// keys (<see cref="Pipeline"/> false) the simulation is the upload one; with them every device sends at 5–50 Mbps
/// into edges of 100–1,000 Mbps access capacity, and 1–8 cores compress at the testbed's 6.863·10⁻⁸ s per byte.
/// </summary>
[MemoryDiagnoser]
public class PipelineSimulationBenchmarks
{
    private EdgeLearningInstance instance = null!;
    private ScheduleResult schedule = null!;
    private readonly SimulationSettings settings = new();

    [Params(false, true)]
    public bool Pipeline { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var spec = new InstanceSpec { Tasks = 1_000_000, Edges = 10_000, Topology = new OneToMoreTopology(10) };
        if (Pipeline)
        {
            spec = spec with
            {
                DeviceUplinkMbps = new UniformDistribution(5, 50),
                EdgeAccessMbps = new UniformDistribution(100, 1_000),
                EdgeCores = new UniformIntegerDistribution(1, 8),
                CompressionSecondsPerByte = new ConstantDistribution(6.863e-8),
            };
        }
        instance = InstanceGenerator.Generate(spec, 1);
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(1, threadSafe: false);
        var edgeOf = new int[instance.TaskCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var eligible = instance.EligibleEdges(i);
            edgeOf[i] = eligible[random.Next(eligible.Length)];
        }
        schedule = Assignments.ToResult(instance, edgeOf, ExitReason.Completed);
    }

    [Benchmark]
    public long Simulate() => UploadSimulation.Run(instance, schedule, settings, 1).EventCount;
}
