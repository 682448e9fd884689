using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Checks of a parsed scenario that need more than its syntax, done before anything runs or is written so that
/// bad input fails with one line per problem and no partial output: the instance settings of every sweep point and
/// topology (<see cref="InstanceGenerator.Validate"/>), an accuracy bound no ratio can meet, and a memory estimate per cell that must fit in this machine's memory.
/// </summary>
internal static class ScenarioPreflight
{
    // Rough upper estimates of what one cell holds at once (instance, scheduler state, simulation events and results),
    // measured loosely on the fully connected paper instance; they only need to be right within a small factor.
    private const long BytesPerTask = 512;
    private const long BytesPerEdge = 256;
    private const long BytesPerEligiblePair = 4;

    // Schedulers that build a variable per (task, eligible edge) pair (GLOP LPs, CP-SAT model). lst on 10^5 tasks x
    // 10^3 fully connected edges (10^8 pairs) passed 24 GB before the kernel killed it: more than 240 bytes per pair.
    private const long BytesPerModelPair = 400;
    private static readonly string[] PairModelSchedulers = ["lp-rounding", "lst", "exact"];

    // What rendering keeps per result row (runs, summary, figures).
    private const long BytesPerResultRow = 512;

    public static void Check(ScenarioReadContext context, Scenario scenario)
    {
        var pairModels = scenario.Schedulers.Any(s => PairModelSchedulers.Contains(s.Name, StringComparer.Ordinal));
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        foreach (var point in scenario.Points)
        {
            foreach (var topology in scenario.Topologies)
            {
                var spec = point.Settings.Instance with { Topology = topology };
                foreach (var problem in InstanceGenerator.Validate(spec))
                {
                    context.Add(Located(context, problem));
                }
                CheckAccuracyBound(context, spec);
                var needed = CellBytes(spec, pairModels);
                if (needed > available)
                {
                    context.Add(new InvalidInputException(
                        $"{context.File}: instance",
                        $"{spec.Tasks} tasks on {spec.Edges} edges ({TopologyName(topology)}) would need about {Format(needed)} per cell; this machine has {Format(available)}"));
                }
            }
        }
        var rows = (long)scenario.Points.Count * scenario.Topologies.Count * scenario.Replications * Math.Max(1, scenario.Schedulers.Count);
        if (rows * BytesPerResultRow > available)
        {
            context.Add(new InvalidInputException(
                $"{context.File}: sweep",
                $"{rows} result rows would need about {Format(rows * BytesPerResultRow)} to render; this machine has {Format(available)}"));
        }
    }

    /// <summary>An estimate of the bytes one cell of <paramref name="spec"/> holds at its peak.</summary>
    public static long CellBytes(InstanceSpec spec, bool pairModels)
    {
        var tasks = (double)spec.Tasks;
        var edges = (double)spec.Edges;
        var eligiblePerTask = spec.Topology switch
        {
            OneToOneTopology => 2.0,
            OneToMoreTopology more => more.MaxEdgesPerDevice ?? edges,
            _ => 0.0,
        };
        var modelPairs = pairModels ? tasks * (eligiblePerTask == 0 ? edges : eligiblePerTask) : 0;
        var bytes = (tasks * BytesPerTask) + (edges * BytesPerEdge) + (tasks * eligiblePerTask * BytesPerEligiblePair) + (modelPairs * BytesPerModelPair);
        return bytes >= long.MaxValue ? long.MaxValue : (long)bytes;
    }

    private static void CheckAccuracyBound(ScenarioReadContext context, InstanceSpec spec)
    {
        double? highest = spec.AccuracyBound switch
        {
            ConstantDistribution c => c.Value,
            UniformDistribution u => u.Max,
            UniformIntegerDistribution u => u.Max,
            _ => null,
        };
        if (highest is not { } bound || !double.IsFinite(bound))
        {
            return;
        }
        try
        {
            spec.Accuracy.LowestRatio(bound, spec.MinRatio);
        }
        catch (ArgumentException e)
        {
            context.Add(new InvalidInputException($"{context.File}: instance.accuracy_bound", e.Message));
        }
    }

    /// <summary>Problems located by a bare field name are placed in the scenario file under <c>instance.</c>; trace-file locations stay.</summary>
    private static InvalidInputException Located(ScenarioReadContext context, InvalidInputException problem) =>
        Path.IsPathRooted(problem.Location)
            ? problem
            : new InvalidInputException($"{context.File}: instance.{problem.Location.Replace('-', '_')}", problem.Problem);

    private static string TopologyName(TopologySpec topology) => topology switch
    {
        OneToOneTopology => "one-to-one",
        OneToMoreTopology => "one-to-more",
        _ => "fully-connected",
    };

    private static string Format(long bytes) =>
        bytes >= 1L << 30
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
