using EdgeLearnSim.Cli;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Cli.Tests.Commands;

public sealed class SlurmCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Scenario() => folder.Write("smoke.yaml", """
        name: smoke
        replications: 2
        topologies: [one-to-one]
        schedulers: [random, greedy]
        instance:
          tasks: 10
          edges: 2
        """);

    [Fact]
    public void Slurm_WritesScriptsUnderTheScenarioFolder_RunningTheGivenTool()
    {
        var scenario = Scenario();
        var output = Path.Combine(folder.Path, "out");
        var tool = folder.Write("edgelearnsim.dll", "");

        var exitCode = CommandLineApp.Run(["slurm", scenario, "--shards", "4", "--out", output, "--tool", tool, "--time", "30", "--mem", "2G", "--partition", "short"]);

        Assert.Equal(0, exitCode);
        var scripts = Path.Combine(output, "smoke", "slurm");
        var shards = File.ReadAllText(Path.Combine(scripts, SlurmScripts.ShardsFileName));
        Assert.Contains("#SBATCH --array=0-3\n", shards, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --partition=short\n#SBATCH --time=30\n#SBATCH --mem=2G\n", shards, StringComparison.Ordinal);
        Assert.Contains($"exec dotnet {tool} run {scenario} --shard slurm --out {output} --resume", shards, StringComparison.Ordinal);
        Assert.Contains($"exec dotnet {tool} merge {output}\n", File.ReadAllText(Path.Combine(scripts, SlurmScripts.MergeFileName)), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(scripts, SlurmScripts.SubmitFileName)));
    }

    [Fact]
    public void Slurm_WithoutTool_RunsThisProcessTool()
    {
        var output = Path.Combine(folder.Path, "out");

        var exitCode = CommandLineApp.Run(["slurm", Scenario(), "--shards", "2", "--out", output]);

        Assert.Equal(0, exitCode);
        var shards = File.ReadAllText(Path.Combine(output, "smoke", "slurm", SlurmScripts.ShardsFileName));
        Assert.Contains($"exec {Environment.ProcessPath}", shards, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shards", "0")]
    [InlineData("--time", "soon")]
    [InlineData("--mem", "lots")]
    [InlineData("--tool", "/no/such/edgelearnsim")]
    public void Slurm_BadOption_ExitsWithBadInputAndWritesNothing(string option, string value)
    {
        var output = Path.Combine(folder.Path, "out");
        string[] arguments = option == "--shards"
            ? ["slurm", Scenario(), "--shards", value, "--out", output]
            : ["slurm", Scenario(), "--shards", "2", "--out", output, option, value];

        var exitCode = CommandLineApp.Run(arguments);

        Assert.Equal(CommandLineApp.ExitCodes.BadInput, exitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Slurm_MissingShardsOrBadScenario_ExitsWithBadInput()
    {
        var output = Path.Combine(folder.Path, "out");
        var broken = folder.Write("broken.yaml", "name: broken\nschedulers: [no-such-scheduler]\n");

        Assert.Equal(CommandLineApp.ExitCodes.BadInput, CommandLineApp.Run(["slurm", Scenario(), "--out", output]));
        Assert.Equal(CommandLineApp.ExitCodes.BadInput, CommandLineApp.Run(["slurm", broken, "--shards", "2", "--out", output]));
        Assert.False(Directory.Exists(output));
    }
}
