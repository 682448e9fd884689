using EdgeLearnSim.Cli;
using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// External programs through the real <c>run</c> command: the same runs.csv whatever <c>--parallel</c>, and a
/// hostile scheduler loses only its own row in the cell it misbehaves on, with one documented error line, leaving no
/// process.
/// </summary>
public sealed class ScenarioRunTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("els-external-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [PythonFact]
    public void ExternalSchedulerAndPolicies_GiveTheSameRunsCsv_WithParallelOneAndTwo()
    {
        var examples = RepositoryFiles.Path("examples/python");
        var scenario = Write("external-determinism.yaml", $"""
            name: external-determinism
            seed: 5
            replications: 2
            instance:
              tasks: 60
              edges: 6
              arrivals: {"{"}poisson: {"{"}rate_per_second: 30{"}"}{"}"}
            topologies: [one-to-more, fully-connected]
            schedulers:
              - greedy
              - {"{"}name: external, label: py-lpt, command: [python3, {examples}/lpt_scheduler.py]{"}"}
            simulation:
              outages: {"{"}mean_up_seconds: 3, mean_down_seconds: 1{"}"}
              online_dispatch:
                - online-least-loaded
                - {"{"}external: py-least-loaded, command: [python3, {examples}/least_loaded_policy.py]{"}"}
                - {"{"}external: py-bandit, command: [python3, {examples}/bandit_policy.py], seconds: 30{"}"}
            """);
        byte[] RunWith(string name, string parallel)
        {
            var output = Path.Combine(folder, name);
            var (exit, _, error) = ToolCommand.Run("run", scenario, "--out", output, "--parallel", parallel);
            Assert.True(exit == 0, error);
            return File.ReadAllBytes(Path.Combine(output, "external-determinism", "runs.csv"));
        }
        var first = RunWith("p1", "1");
        var text = System.Text.Encoding.UTF8.GetString(first);
        Assert.Equal(1 + (2 * 2 * 5), text.Count(c => c == '\n'));
        foreach (var label in new[] { ",py-lpt,", ",py-least-loaded,", ",py-bandit," })
        {
            Assert.Equal(4, text.Split('\n').Count(l => l.Contains(label, StringComparison.Ordinal)));
        }
        Assert.Equal(first, RunWith("p2", "2"));
    }

    [PythonTheory]
    [InlineData("exit-nonzero", "exited with code 3")]
    [InlineData("not-json", "printed something that is not JSON")]
    [InlineData("twice", "placed task 0 twice")]
    [InlineData("ineligible", "which is not one of its eligible edges")]
    [InlineData("left-out", "left task 0 out")]
    [InlineData("sleep", "gave no answer within its safety net of 8 s per call")]
    [InlineData("flood", "wrote more than the output limit")]
    [InlineData("string-edges", "'assignment' entry 0 (the edge of task 0) is \"")]
    public void HostileScheduler_FailsOnlyItsCell_WithOneLine(string mode, string problem)
    {
        // The well-behaved cell must answer within the safety net even while other test classes load both cores,
        // so the net is 8 s here rather than the 2 s of the single-call tests.
        var pids = Path.Combine(folder, "pids");
        var hostile = Path.Combine(AppContext.BaseDirectory, "Programs", "hostile.py");
        var scenario = Write("hostile.yaml", $"""
            name: hostile
            seed: 3
            replications: 1
            instance: {"{"}edges: 5{"}"}
            topologies: [{"{"}one-to-one: {"{"}single_edge_probability: 0.8{"}"}{"}"}]
            schedulers:
              - greedy
              - {"{"}name: external, label: hostile, command: [python3, {hostile}, {mode}, {pids}, '21'], seconds: 8{"}"}
            sweep:
              instance.tasks: [20, 21]
            """);
        var output = Path.Combine(folder, "out");
        var (exit, _, error) = ToolCommand.Run("run", scenario, "--out", output, "--parallel", "2");

        Assert.Equal(CommandLineApp.ExitCodes.SomeCellsFailed, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines, l => l.Contains("external scheduler", StringComparison.Ordinal));
        Assert.StartsWith("error: cell 1 (hostile/instance.tasks=21/one-to-one/r0, seed ", line, StringComparison.Ordinal);
        Assert.Contains($"external scheduler 'hostile' (python3 {hostile} {mode} ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Contains($"stderr: …hostile: mode {mode} on 21 tasks", line, StringComparison.Ordinal);
        // Only the hostile run of cell 1 is lost: greedy's rows of both cells and the other cell's hostile row are kept.
        var runs = File.ReadAllLines(Path.Combine(output, "hostile", "runs.csv"));
        Assert.Equal(2, runs.Count(l => l.Contains(",greedy,", StringComparison.Ordinal)));
        Assert.Single(runs, l => l.Contains(",hostile,", StringComparison.Ordinal));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "hostile", "failures.csv")).Length);
        var started = Processes.Read(pids);
        Assert.Equal(4, started.Length);
        Assert.All(started, pid => Assert.True(Processes.IsGone(pid), $"process {pid} survived the run"));
    }

    [PythonFact]
    public void Solve_External_PrintsTheSameMakespanAsTheBuiltInItRewrites()
    {
        var instanceFolder = Path.Combine(folder, "instance");
        var instance = Core.Instances.InstanceGenerator.Generate(new Core.Instances.InstanceSpec { Tasks = 120, Edges = 7 }, 9);
        Core.Instances.InstanceFolder.Write(instance, instanceFolder);
        var lpt = RepositoryFiles.Path("examples/python/lpt_scheduler.py");

        var greedy = ToolCommand.Run("solve", instanceFolder, "--scheduler", "greedy");
        var external = ToolCommand.Run("solve", instanceFolder, "--external", $"python3 {lpt}", "--label", "py-lpt");

        Assert.Equal(0, external.Exit);
        static string Makespan(string output) => output.Split(' ')[0];
        Assert.StartsWith("makespan=", Makespan(external.Output), StringComparison.Ordinal);
        Assert.Equal(Makespan(greedy.Output), Makespan(external.Output));
    }

    [Fact]
    public void Solve_SchedulerAndExternalTogether_IsBadInput()
    {
        var (exit, _, error) = ToolCommand.Run("solve", folder, "--scheduler", "greedy", "--external", "python3 x.py");
        Assert.Equal(CommandLineApp.ExitCodes.BadInput, exit);
        Assert.StartsWith("error: --scheduler: give either --scheduler", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
