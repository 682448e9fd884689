using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>
/// <c>provenance.yaml</c> (Scenarios/SCHEMA.md, "Output"): the fully resolved scenario (every default applied,
/// scheduler parameters with their defaults, every sweep point), the source file and its SHA-256, every cell's id and
/// seed, the tool version and commit, and package versions. Written when a run starts, so <c>merge</c> can find the scenario of a sharded
/// run. (What guards resumed and merged cells is each cell's own fingerprint: <see cref="Fingerprints.CellFingerprints"/>.)
/// </summary>
public static class Provenance
{
    public const string FileName = "provenance.yaml";

    public static string Write(Scenario scenario, IReadOnlyList<Cell> cells, SchedulerRegistry registry, ToolInfo tool)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(tool);
        var root = new YamlMappingNode
        {
            { "scenario", Resolved(scenario, registry) },
            { "source", PortablePath(scenario.SourcePath) },
            { "source_sha256", Sha256(File.ReadAllBytes(scenario.SourcePath)) },
            { "cell_order", "sweep points (first axis outermost), then topologies as listed, then replications" },
            { "cells", new YamlSequenceNode(cells.Select(c => (YamlNode)new YamlMappingNode { { "id", c.Id }, { "seed", Number(c.Seed) } })) },
            {
                "tool", new YamlMappingNode
                {
                    { "name", "edgelearnsim" },
                    { "version", tool.Version },
                    { "commit", tool.Commit ?? "unknown" },
                }
            },
            { "packages", new YamlMappingNode(tool.Packages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<YamlNode, YamlNode>(p.Key, p.Value))) },
        };
        return Save(root);
    }

    /// <summary>The <c>source:</c> path recorded in a provenance file, or null when absent.</summary>
    public static string? ReadSource(string provenancePath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(provenancePath))
        {
            stream.Load(reader);
        }
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
            && map.Children.TryGetValue(new YamlScalarNode("source"), out var source) && source is YamlScalarNode scalar
            ? scalar.Value
            : null;
    }

    private static string Describe(ExternalProgram program) =>
        $"{program.CommandLine} (seconds {Number(program.CallLimit.TotalSeconds)})";

    private static YamlMappingNode Resolved(Scenario scenario, SchedulerRegistry registry)
    {
        var schedulers = new YamlSequenceNode();
        foreach (var choice in scenario.Schedulers)
        {
            var parameters = new SortedDictionary<string, double>(StringComparer.Ordinal);
            if (registry.Contains(choice.Name))
            {
                foreach (var (name, value) in registry.Find(choice.Name).ParameterDefaults)
                {
                    parameters[name] = value;
                }
            }
            foreach (var (name, value) in choice.Parameters)
            {
                parameters[name] = value;
            }
            var entry = new YamlMappingNode
            {
                { "name", choice.Name },
                { "label", choice.Label },
                { "parameters", new YamlMappingNode(parameters.Select(p => new KeyValuePair<YamlNode, YamlNode>(p.Key, Number(p.Value)))) },
            };
            if (choice.External is { } program)
            {
                entry.Add("command", Describe(program));
            }
            schedulers.Add(entry);
        }
        var points = new YamlSequenceNode();
        foreach (var point in scenario.Points)
        {
            var settings = point.Settings;
            var values = new YamlMappingNode();
            for (var k = 0; k < scenario.Sweep.Count; k++)
            {
                values.Add(scenario.Sweep[k].Path, point.Values[k]);
            }
            var simulation = settings.Simulation;
            points.Add(new YamlMappingNode
            {
                { "values", values },
                { "instance", Text(settings.Instance with { Topology = new Core.Topologies.FullyConnectedTopology() }) },
                {
                    "simulation", new YamlMappingNode
                    {
                        { "policy", simulation.Uplink.Name },
                        { "energy", Text(simulation.Energy) },
                        { "horizon_seconds", double.IsFinite(simulation.Horizon) ? Number(simulation.Horizon) : "none" },
                        { "bandwidth_traces", simulation.Bandwidth is { } t ? $"files [{string.Join(", ", t.Traces.Select(trace => trace.Name))}], end_mode {SimulationNames.NameOf(t.EndMode)}, scale {Number(t.ScaleFactor)}, normalise_to_mean {t.Scaling == Core.Simulation.Bandwidth.TraceScaling.NormaliseToMean}" : "none" },
                        { "outages", simulation.Outages is { } outages ? $"{outages.Describe()}, redispatch {simulation.Redispatch}" : "none" },
                        { "online_dispatch", $"[{string.Join(", ", settings.OnlineDispatch.Select(p => p.Name).Concat(settings.ExternalDispatch.Select(p => $"{p.Label}: {Describe(p)}")))}]" },
                    }
                },
                { "scheduler_time_limit_seconds", settings.SchedulerTimeLimit is { } l ? Number(l.TotalSeconds) : "none" },
            });
        }
        return new YamlMappingNode
        {
            { "name", scenario.Name },
            { "description", scenario.Description ?? "" },
            { "seed", Number(scenario.Seed) },
            { "replications", Number(scenario.Replications) },
            { "topologies", new YamlSequenceNode(scenario.Topologies.Select(t => (YamlNode)t.Describe())) },
            { "schedulers", schedulers },
            { "sweep", new YamlMappingNode(scenario.Sweep.Select(a => new KeyValuePair<YamlNode, YamlNode>(a.Path, new YamlSequenceNode(a.Values.Select(v => (YamlNode)v))))) },
            { "points", points },
        };
    }

    /// <summary>
    /// The scenario path relative to the current folder when it lies below it (so a committed provenance file names
    /// no machine-specific folder), else absolute. <c>merge</c> resolves it against the current folder.
    /// </summary>
    private static string PortablePath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private static string Text(object value) => string.Create(CultureInfo.InvariantCulture, $"{value}");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Save(YamlNode root)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
