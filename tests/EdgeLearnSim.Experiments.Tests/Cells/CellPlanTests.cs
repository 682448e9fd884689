using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Cells;

public sealed class CellPlanTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Scenario Load(string yaml) => ScenarioReader.Load(folder.Write("s.yaml", yaml), TestToolkit.Registry()).GetOrThrow();

    [Fact]
    public void Enumerate_OrdersPointsThenTopologiesThenReplications()
    {
        var scenario = Load("""
            name: plan
            seed: 42
            replications: 2
            topologies: [one-to-one, fully-connected]
            schedulers: [random]
            sweep:
              instance.tasks: [10, 20]
            """);
        var cells = CellPlan.Enumerate(scenario);
        Assert.Equal(
            [
                "plan/instance.tasks=10/one-to-one/r0", "plan/instance.tasks=10/one-to-one/r1",
                "plan/instance.tasks=10/fully-connected/r0", "plan/instance.tasks=10/fully-connected/r1",
                "plan/instance.tasks=20/one-to-one/r0", "plan/instance.tasks=20/one-to-one/r1",
                "plan/instance.tasks=20/fully-connected/r0", "plan/instance.tasks=20/fully-connected/r1",
            ],
            cells.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(0, 8), cells.Select(c => c.Index));
        Assert.Equal(20, cells[5].InstanceSpec.Tasks);
        // Common random numbers: the seed is the replication's, whatever the point and topology.
        Assert.Equal(CellPlan.ReplicationSeed(42UL, 1), cells[5].Seed);
        Assert.Single(cells.Where(c => c.Replication == 1).Select(c => c.Seed).Distinct());
        Assert.Equal("one-to-one", cells[5].InstanceSpec.Topology.Name);
    }

    [Fact]
    public void Enumerate_SeedsComeFromTheBaseSeedAndReplicationOnly()
    {
        var cells = CellPlan.Enumerate(Load("name: plan\nseed: 42\nreplications: 3\ntopologies: [one-to-one]\nschedulers: [random]\n"));
        var renamed = CellPlan.Enumerate(Load("name: other\nseed: 42\nreplications: 3\ntopologies: [one-to-more]\nschedulers: [greedy]\n"));
        Assert.Equal(StableSeed.Derive(42UL, "replication", "2"), cells[2].Seed);
        Assert.Equal(cells.Select(c => c.Seed), renamed.Select(c => c.Seed));
        Assert.Equal(3, cells.Select(c => c.Seed).Distinct().Count());
        Assert.Equal(StableSeed.Derive(cells[0].Seed, "random"), CellPlan.SchedulerSeed(cells[0], "random"));
    }

    [Fact]
    public void Enumerate_SameFileTwice_GivesSameIdsAndSeeds()
    {
        const string Yaml = "name: plan\nreplications: 4\nschedulers: [random]\nsweep:\n  instance.edges: {from: 2, to: 6, step: 2}\n";
        var first = CellPlan.Enumerate(Load(Yaml));
        var second = CellPlan.Enumerate(Load(Yaml));
        Assert.Equal(3 * 3 * 4, first.Count);
        Assert.Equal(first.Select(c => (c.Id, c.Seed)), second.Select(c => (c.Id, c.Seed)));
    }

    [Fact]
    public void SimulationAndLimitsPoints_ShareInstanceBytes_InstancePointsDoNot()
    {
        var scenario = Load("""
            name: crn
            seed: 3
            replications: 2
            topologies: [one-to-more]
            schedulers: [random]
            instance: {tasks: 15, edges: 3}
            sweep:
              simulation.policy: [fifo, fair-share]
              instance.edges: [3, 4]
              limits.scheduler_seconds: [5, 10]
            """);
        var cells = CellPlan.Enumerate(scenario);
        Assert.Equal(2 * 2 * 2 * 2, cells.Count);
        string Bytes(Cell cell)
        {
            var path = Path.Combine(folder.Path, "instance-" + cell.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            InstanceFolder.Write(InstanceGenerator.Generate(cell.InstanceSpec, cell.Seed), path);
            return File.ReadAllText(Path.Combine(path, InstanceFolder.TasksFile)) + File.ReadAllText(Path.Combine(path, InstanceFolder.EdgesFile));
        }
        var byInstancePoint = cells.GroupBy(c => (Edges: c.Point.Values[1], c.Replication)).ToArray();
        Assert.Equal(4, byInstancePoint.Length);
        foreach (var group in byInstancePoint)
        {
            Assert.Single(group.Select(Bytes).Distinct());
            Assert.Single(group.Select(c => c.Seed).Distinct());
            Assert.Equal(4, group.Select(c => c.Id).Distinct().Count());
        }
        Assert.Equal(4, byInstancePoint.Select(g => Bytes(g.First())).Distinct().Count());
        // Schedulers' and the simulation's streams derive from the replication's seed, so they are shared too.
        Assert.Equal(CellPlan.SchedulerSeed(byInstancePoint[0].First(), "random"), CellPlan.SchedulerSeed(byInstancePoint[0].Last(), "random"));
    }
}
