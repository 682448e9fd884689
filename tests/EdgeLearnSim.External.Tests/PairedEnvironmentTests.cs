using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// One environment per cell: every scheduler and policy of a cell meets the same arrivals, bandwidth trace and outage
/// times, so the same method listed twice under two labels gives rows identical but for the <c>scheduler</c> column,
/// and a Python rewrite of a built-in policy gives the built-in's rows under its own label.
/// </summary>
public sealed class PairedEnvironmentTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("els-paired-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [PythonFact]
    public void TwinLabels_GiveIdenticalRows_UnderOutagesTracesArrivalsAndFairShare()
    {
        var examples = RepositoryFiles.Path("examples/python");
        var traces = RepositoryFiles.Path("Traces/bandwidth-traces");
        var scenario = Path.Combine(folder, "twins.yaml");
        File.WriteAllText(scenario, $$$"""
            name: twins
            seed: 8
            replications: 3
            instance:
              tasks: 40
              edges: 4
              arrivals: {poisson: {rate_per_second: 20}}
            topologies: [one-to-more, fully-connected]
            schedulers:
              - greedy
              - {name: greedy, label: greedy-twin}
              - random
              - {name: random, label: random-twin}
            simulation:
              policy: fair-share
              bandwidth_traces: {files: [{{{traces}}}/norway_bus_1.txt, {{{traces}}}/fcc_trace_5294.txt], mode: repeat}
              outages: {mean_up_seconds: 2, mean_down_seconds: 0.5, redispatch: resume}
              online_dispatch:
                - online-least-loaded
                - {external: py-least-loaded, command: [python3, {{{examples}}}/least_loaded_policy.py]}
                - online-random
            """);
        var output = Path.Combine(folder, "out");
        var (exit, _, error) = ToolCommand.Run("run", scenario, "--out", output);
        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(Path.Combine(output, "twins", "runs.csv"));
        var header = lines[0].Split(',');
        var scheduler = Array.IndexOf(header, "scheduler");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(6 * 7, rows.Count);
        string Key(string[] row) => string.Join(',', row.Where((_, k) => k != scheduler));
        var pairs = 0;
        var redispatched = 0;
        foreach (var cell in rows.Chunk(7))
        {
            var byLabel = cell.ToDictionary(r => r[scheduler], Key);
            Assert.Equal(byLabel["greedy"], byLabel["greedy-twin"]);
            Assert.Equal(byLabel["random"], byLabel["random-twin"]);
            Assert.Equal(byLabel["online-least-loaded"], byLabel["py-least-loaded"]);
            pairs += 3;
            redispatched += int.Parse(cell[0][Array.IndexOf(header, "redispatches")], System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(18, pairs);
        // The outages bite, so equal rows are not equal for want of an environment.
        Assert.True(redispatched > 0, "no task was re-dispatched: the outages did not test anything");
    }
}
