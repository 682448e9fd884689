using EdgeLearnSim.Cli;

namespace EdgeLearnSim.Cli.Tests.Commands;

/// <summary>The run, validate and merge commands in-process with the real toolkit on a tiny scenario.</summary>
public sealed class RunCommandTests : IDisposable
{
    private const string Tiny = """
        name: tiny
        seed: 3
        replications: 2
        instance: {tasks: 12, edges: 3}
        topologies: [one-to-more, fully-connected]
        schedulers: [random, greedy, lst]
        sweep:
          instance.tasks: [6, 12]
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Out(string name) => Path.Combine(folder.Path, name);

    [Fact]
    public void Validate_GoodAndBadFiles_ExitZeroAndTwo()
    {
        Assert.Equal(0, CommandLineApp.Run(["validate", folder.Write("tiny.yaml", Tiny)]));
        Assert.Equal(2, CommandLineApp.Run(["validate", folder.Write("bad.yaml", "schedulers: [randm]\n")]));
    }

    [Fact]
    public void Run_BadInput_ExitsTwoAndWritesNothing()
    {
        var good = folder.Write("tiny.yaml", Tiny);
        var bad = folder.Write("bad.yaml", "schedulers: [random]\ninstance: {tasks: many}\n");
        Assert.Equal(2, CommandLineApp.Run(["run", good, bad, "--out", Out("bad")]));
        Assert.False(Directory.Exists(Out("bad")));
        Assert.Equal(2, CommandLineApp.Run(["run", good, "--out", Out("bad"), "--shard", "3/2"]));
        Assert.Equal(2, CommandLineApp.Run(["run", good, "--out", Out("bad"), "--parallel", "0"]));
        Assert.False(Directory.Exists(Out("bad")));
    }

    [Fact]
    public void Run_ThenShardsAndMerge_GiveIdenticalRuns()
    {
        var scenario = folder.Write("tiny.yaml", Tiny);
        Assert.Equal(0, CommandLineApp.Run(["run", scenario, "--out", Out("single"), "--parallel", "2", "--save-instances"]));
        var single = File.ReadAllBytes(Path.Combine(Out("single"), "tiny", "runs.csv"));
        Assert.True(File.Exists(Path.Combine(Out("single"), "tiny", "instances", "000000", "tasks.csv")));
        Assert.True(File.Exists(Path.Combine(Out("single"), "tiny", "instances", "000000", "assignments.csv")));
        Assert.True(File.Exists(Path.Combine(Out("single"), "tiny", "report.md")));

        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(0, CommandLineApp.Run(["run", scenario, "--out", Out("sharded"), "--shard", $"{k}/3"]));
        }
        Assert.False(File.Exists(Path.Combine(Out("sharded"), "tiny", "runs.csv")));
        Assert.Equal(0, CommandLineApp.Run(["merge", Out("sharded")]));
        Assert.Equal(single, File.ReadAllBytes(Path.Combine(Out("sharded"), "tiny", "runs.csv")));
        Assert.Equal(0, CommandLineApp.Run(["merge", Out("sharded")]));
        Assert.Equal(single, File.ReadAllBytes(Path.Combine(Out("sharded"), "tiny", "runs.csv")));
    }

    [Fact]
    public void Merge_MissingCell_RendersWhatFinishedAndExitsOne()
    {
        var scenario = folder.Write("tiny.yaml", Tiny);
        Assert.Equal(0, CommandLineApp.Run(["run", scenario, "--out", Out("partial"), "--shard", "0/2"]));
        Assert.Equal(1, CommandLineApp.Run(["merge", Out("partial")]));
        Assert.True(File.Exists(Path.Combine(Out("partial"), "tiny", "runs.csv")));
        Assert.Contains("never ran: shard 1/2 (never started here)", File.ReadAllText(Path.Combine(Out("partial"), "tiny", "failures.csv")), StringComparison.Ordinal);
    }
}
