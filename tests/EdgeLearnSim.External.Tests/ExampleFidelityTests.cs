using System.Globalization;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Outages;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.External.Tests.Support;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// The Python examples are rewrites of built-in methods, so they must agree with them exactly: the LPT scheduler
/// with <c>greedy</c> on the paper's instances, the least-loaded policy with <c>online-least-loaded</c> at every
/// decision (arrivals, outages with re-dispatch, fair-share, compression) and in the simulated makespan's text.
/// </summary>
public sealed class ExampleFidelityTests
{
    [PythonFact]
    public void PythonLpt_GivesGreedysAssignment_OnThePapersInstances()
    {
        var paper = ScenarioReader.Load(RepositoryFiles.Path("Scenarios/paper.yaml"), SchedulerCatalog.Default).GetOrThrow();
        // Every (n, topology) of the paper, replication 0: 18 instances with n = 100..600.
        var cells = CellPlan.Enumerate(paper).Where(c => c.Replication == 0).ToList();
        Assert.Equal(18, cells.Count);
        var python = new ExternalScheduler(Python.Example("python-lpt", "lpt_scheduler.py"));
        var greedy = new GreedyScheduler();
        foreach (var cell in cells)
        {
            var instance = InstanceGenerator.Generate(cell.InstanceSpec, cell.Seed);
            var context = new SchedulerContext(CellPlan.SchedulerSeed(cell, "python-lpt"));
            var expected = greedy.Schedule(instance, context);
            var actual = python.Schedule(instance, context);
            Assert.True(expected.EdgeOf.SequenceEqual(actual.EdgeOf), $"{cell.Id}: the Python LPT assignment differs from greedy's");
            Assert.Equal(expected.Makespan, actual.Makespan);
            Assert.Null(actual.ClaimedLowerBound);
        }
    }

    [PythonFact]
    public void PythonLpt_GivesGreedysAssignment_OnUnrelatedInstances()
    {
        // Literature-style instances carry V_ij as 'times' instead of sizes and bandwidths.
        var random = new Random(17);
        var python = new ExternalScheduler(Python.Example("python-lpt", "lpt_scheduler.py"));
        for (var trial = 0; trial < 5; trial++)
        {
            var (n, m) = (30 + (10 * trial), 2 + trial);
            var times = new double[n * m];
            for (var k = 0; k < times.Length; k++)
            {
                times[k] = 1 + (99 * random.NextDouble());
            }
            var instance = new UnrelatedInstance(n, m, times);
            var context = new SchedulerContext((ulong)trial);
            Assert.Equal(new GreedyScheduler().Schedule(instance, context).EdgeOf, python.Schedule(instance, context).EdgeOf);
        }
    }

    [PythonFact]
    public void PythonLeastLoaded_ChoosesLikeTheBuiltIn_AtEveryDecision()
    {
        var scenario = ScenarioReader.Load(RepositoryFiles.Path("examples/python/least_loaded_policy.yaml"), SchedulerCatalog.Default).GetOrThrow();
        var settings = new[]
        {
            new SimulationSettings(),
            new SimulationSettings { Uplink = UplinkPolicy.FairShare, Outages = new RandomOutages(2.0, 0.5) },
            new SimulationSettings { Outages = new RandomOutages(1.0, 1.0), Redispatch = RedispatchMode.Restart },
        };
        var decisions = 0;
        var redispatches = 0;
        // The first cell again with every pipeline parameter set (docs/pipeline.md): the decisions then carry its fields.
        InstanceSpec Pipeline(Cell cell) => cell.InstanceSpec with
        {
            DeviceUplinkMbps = new UniformDistribution(2_000, 20_000),
            EdgeAccessMbps = new UniformDistribution(5_000, 50_000),
            EdgeCores = new UniformIntegerDistribution(1, 3),
            CompressionSecondsPerByte = new UniformDistribution(0, 1e-10),
        };
        foreach (var (cell, spec) in CellPlan.Enumerate(scenario).SelectMany(c => c.Index == 0 ? new[] { (c, c.InstanceSpec), (c, Pipeline(c)) } : [(c, c.InstanceSpec)]))
        {
            var instance = InstanceGenerator.Generate(spec, cell.Seed);
            foreach (var setting in settings)
            {
                var builtIn = new RecordingPolicy(new LeastExpectedFinishPolicy());
                var expected = UploadSimulation.RunOnline(instance, builtIn, setting, cell.Seed);
                using var external = new ExternalDispatchPolicy(Python.Example("python-least-loaded", "least_loaded_policy.py"));
                var python = new RecordingPolicy(external);
                var actual = UploadSimulation.RunOnline(instance, python, setting, cell.Seed);

                Assert.Equal(builtIn.Choices, python.Choices);
                Assert.Equal(Text(expected.SimulatedMakespan), Text(actual.SimulatedMakespan));
                decisions += builtIn.Choices.Count;
                redispatches += builtIn.Choices.Count(c => c.Redispatch);
            }
        }
        // The outage settings must actually have exercised re-dispatch and parked tasks.
        Assert.True(redispatches > 50, $"only {redispatches} re-dispatch decisions of {decisions}");
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
