using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Checks of a parsed scenario that need more than its syntax, done before anything runs or is written so that
/// bad input fails with one line per problem and no partial output: the instance settings of every sweep point and
/// topology (<see cref="InstanceGenerator.Validate"/>), an accuracy bound no ratio can meet, a memory estimate per
/// cell that must fit in this machine's memory, and labels that would pass one method's rows off as another's.
/// </summary>
internal static class ScenarioPreflight
{
    // Rough upper estimates of what one cell holds at once (instance, scheduler state, simulation events and results),
    // measured loosely on the fully connected paper instance; they only need to be right within a small factor.
    private const long BytesPerTask = 512;
    private const long BytesPerEdge = 256;
    private const long BytesPerEligiblePair = 4;

    // Schedulers whose descriptor says they model every (task, eligible edge) pair (GLOP LPs, CP-SAT). lst on 10^5
    // tasks x 10^3 fully connected edges (10^8 pairs) passed 24 GB before the kernel killed it: more than 240 bytes per pair.
    private const long BytesPerModelPair = 400;

    // What rendering keeps per result row (runs, summary, figures).
    private const long BytesPerResultRow = 512;

    public static void Check(ScenarioReadContext context, Scenario scenario, SchedulerRegistry registry)
    {
        CheckLabels(context, scenario, registry);
        var pairModels = scenario.Schedulers.Any(s => registry.Contains(s.Name) && registry.Find(s.Name).ModelsEveryPair);
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
                        $"{spec.Tasks} tasks on {spec.Edges} edges ({topology.Name}) would need about {Format(needed)} per cell; this machine has {Format(available)}"));
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

    /// <summary>
    /// Every label in the scheduler column names one method: a scheduler entry may carry its own name but not the
    /// name of another built-in scheduler or online policy (<c>{name: annealing, label: greedy}</c>, an external
    /// scheduler labelled <c>greedy</c>), an external policy none of them, and no label is both a scheduler's and a
    /// policy's.
    /// </summary>
    private static void CheckLabels(ScenarioReadContext context, Scenario scenario, SchedulerRegistry registry)
    {
        var builtIn = registry.All.Select(d => (d.Name, Kind: "scheduler"))
            .Concat(context.Kinds.OnlinePolicies.All.Select(p => (p.Name, Kind: "online policy")))
            .ToArray();
        var policies = scenario.Points.SelectMany(p => p.Settings.ExternalDispatch).DistinctBy(p => p.Label, StringComparer.OrdinalIgnoreCase).ToArray();
        var entries = scenario.Schedulers.Select(s => (s.Label, OwnName: (string?)s.Name, Field: "schedulers", Entry: $"scheduler entry '{s.Name}'"))
            .Concat(policies.Select(p => (p.Label, OwnName: (string?)null, Field: "simulation.online_dispatch", Entry: "external policy")));
        foreach (var (label, ownName, field, entry) in entries)
        {
            var taken = builtIn.FirstOrDefault(b => Same(b.Name, label) && !Same(b.Name, ownName));
            if (taken.Name is not null)
            {
                context.Add(new InvalidInputException(
                    $"{context.File}: {field}",
                    $"label '{label}' of {entry} is the name of the built-in {taken.Kind} '{taken.Name}'; its rows would pass for that {taken.Kind}'s: choose another label"));
            }
        }
        foreach (var policy in policies.Where(p => scenario.Schedulers.Any(s => Same(s.Label, p.Label))))
        {
            context.Add(new InvalidInputException(
                $"{context.File}: simulation.online_dispatch",
                $"label '{policy.Label}' of an external policy is also a scheduler's label; the scheduler column needs one name per method"));
        }
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>An estimate of the bytes one cell of <paramref name="spec"/> holds at its peak.</summary>
    public static long CellBytes(InstanceSpec spec, bool pairModels)
    {
        var tasks = (double)spec.Tasks;
        var edges = (double)spec.Edges;
        var eligiblePerTask = spec.Topology.ListedEdgesPerTask(spec.Edges);
        var modelPairs = pairModels ? tasks * (eligiblePerTask == 0 ? edges : eligiblePerTask) : 0;
        var bytes = (tasks * BytesPerTask) + (edges * BytesPerEdge) + (tasks * eligiblePerTask * BytesPerEligiblePair) + (modelPairs * BytesPerModelPair);
        return bytes >= long.MaxValue ? long.MaxValue : (long)bytes;
    }

    private static void CheckAccuracyBound(ScenarioReadContext context, InstanceSpec spec)
    {
        if (spec.AccuracyBound.Highest() is not { } bound || !double.IsFinite(bound))
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

    /// <summary>
    /// Problems located by a field name are placed in the scenario file: topology fields (<c>topologies.NAME.KEY</c>)
    /// as they are, instance fields under <c>instance.</c>; trace-file locations stay.
    /// </summary>
    private static InvalidInputException Located(ScenarioReadContext context, InvalidInputException problem) =>
        Path.IsPathRooted(problem.Location)
            ? problem
            : new InvalidInputException(
                $"{context.File}: {(problem.Location.StartsWith(TopologySpec.Field, StringComparison.Ordinal) ? "" : "instance.")}{problem.Location}",
                problem.Problem);

    private static string Format(long bytes) =>
        bytes >= 1L << 30
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
