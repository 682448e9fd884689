
namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// The paper scenario reduced (fewer tasks and replications, every paper scheduler) through the real CLI: run twice
/// with <c>--parallel 1</c> and <c>--parallel 2</c>, <c>runs.csv</c> is byte-identical. The whole paper scenario is
/// checked the same way by <c>.ci/determinism.sh</c>.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class DeterminismTests : IDisposable
{
    private const string ReducedPaper = """
        name: paper-reduced
        seed: 20190101
        replications: 3
        instance:
          edges: 10
          records: {uniform-int: [20000, 80000]}
          record_bytes: 15000
          accuracy_bound: {constant: 0.90}
          bandwidth_mbps: {uniform: [100, 1000]}
          accuracy: {a: 0.004032, b: -0.012755095, c: 0.9634233}
        topologies:
          - {one-to-one: {single_edge_probability: 0.8}}
          - one-to-more
          - fully-connected
        schedulers: [random, multi-phase, lp-rounding, annealing, lst, greedy]
        # The flow bound alone: determinism is the subject here, not the size-dependent default bounds.
        bounds: [flow]
        sweep:
          instance.tasks: {from: 30, to: 60, step: 30}
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ReducedPaper_TwiceWithParallelOneAndTwo_GivesByteIdenticalRuns()
    {
        var scenario = folder.Write("paper-reduced.yaml", ReducedPaper);
        byte[] RunWith(string name, string parallel)
        {
            var output = Path.Combine(folder.Path, name);
            var result = CliHarness.Run("run", scenario, "--out", output, "--parallel", parallel);
            Assert.Equal(0, result.Exit);
            return File.ReadAllBytes(Path.Combine(output, "paper-reduced", "runs.csv"));
        }
        var first = RunWith("p1-a", "1");
        Assert.Equal(1 + (2 * 3 * 3 * 6), File.ReadAllText(Path.Combine(folder.Path, "p1-a", "paper-reduced", "runs.csv")).Count(c => c == '\n'));
        Assert.Equal(first, RunWith("p2-a", "2"));
        Assert.Equal(first, RunWith("p1-b", "1"));
        Assert.Equal(first, RunWith("p2-b", "2"));
    }
}
