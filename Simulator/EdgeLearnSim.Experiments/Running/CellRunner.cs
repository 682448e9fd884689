using System.Diagnostics;
using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.External;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Runs one cell: draws its instance, computes the instance bound, runs every scheduler of the scenario on it (each
/// with its own derived seed), simulates each schedule, then each online dispatch policy, and builds every row from
/// <see cref="RunColumns"/> with the cell's bound: the largest of the instance bound and every scheduler's proven bound.
/// </summary>
public sealed class CellRunner(ExperimentToolkit toolkit)
{
    /// <summary>
    /// The cell's rows, in scenario scheduler order then online policies. Throws
    /// <see cref="OperationCanceledException"/> when cancelled, so a partly cancelled cell is never stored, and
    /// <see cref="InvalidOperationException"/> when a simulation lost or duplicated a task, so such a cell fails.
    /// </summary>
    /// <param name="cell">The cell to run.</param>
    /// <param name="instanceFolder">When set, the instance and every assignment are saved there.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public IReadOnlyList<RunRow> Run(Cell cell, string? instanceFolder, CancellationToken cancellation) =>
        RunWithTimeline(cell, instanceFolder, cancellation).Rows;

    /// <summary>
    /// As <see cref="Run"/>, and for the representative cell (<see cref="CellPlan.RepresentativeIndex"/>) the timeline of
    /// its representative scheduler's run: the same simulation again with sampling on, which changes none of its results.
    /// </summary>
    public (IReadOnlyList<RunRow> Rows, CellTimeline? Timeline) RunWithTimeline(Cell cell, string? instanceFolder, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var instance = toolkit.GenerateInstance(cell.InstanceSpec, cell.InstanceSeed);
        var bound = toolkit.LowerBound(instance, cell.Scenario.Bounds);
        var settings = cell.Point.Settings;
        var runs = new List<(string Label, IReadOnlyList<int> EdgeOf, ScheduleResult? Result, SimulationResult Simulation, RunTiming Timing)>();
        foreach (var choice in cell.Scenario.Schedulers)
        {
            cancellation.ThrowIfCancellationRequested();
            // An external program's stream seed comes from its label, as several externals share one name.
            var scheduler = choice.External is { } program ? new ExternalScheduler(program) : toolkit.Schedulers.Create(choice.Name, choice.ToParameters());
            var context = new SchedulerContext(CellPlan.SchedulerSeed(cell, choice.External is null ? choice.Name : choice.Label), settings.SchedulerTimeLimit, cancellation) { Uplink = settings.Simulation.Uplink };
            var clock = Stopwatch.StartNew();
            var schedule = scheduler.Schedule(instance, context);
            var milliseconds = clock.Elapsed.TotalMilliseconds;
            cancellation.ThrowIfCancellationRequested();
            var simulation = toolkit.Simulate(instance, schedule, settings.Simulation, StableSeed.Derive(cell.InstanceSeed, "simulation", choice.Label));
            runs.Add((choice.Label, schedule.EdgeOf, schedule, simulation, new RunTiming(milliseconds, schedule.Exit.ToString(), schedule.Iterations)));
            if (schedule.ProvenLowerBound is { } proven)
            {
                bound = CertifiedBound.Max(bound, new CertifiedBound(proven, choice.Label));
            }
        }
        foreach (var policy in settings.OnlineDispatch)
        {
            cancellation.ThrowIfCancellationRequested();
            var online = toolkit.SimulateOnline ?? throw new InvalidOperationException("This build's simulator offers no online dispatch.");
            var name = SimulationNames.NameOf(policy);
            var clock = Stopwatch.StartNew();
            var simulation = online(instance, policy, settings.Simulation, StableSeed.Derive(cell.InstanceSeed, "simulation", name));
            runs.Add((name, [.. simulation.Tasks.Select(t => t.Edge)], null, simulation, new RunTiming(clock.Elapsed.TotalMilliseconds, "Online", 0)));
        }
        // External policies: one process per (cell, policy), ended before the next starts.
        foreach (var program in settings.ExternalDispatch)
        {
            cancellation.ThrowIfCancellationRequested();
            var simulate = toolkit.SimulatePolicy ?? throw new InvalidOperationException("This build's simulator takes no dispatch policy objects.");
            using var policy = new ExternalDispatchPolicy(program);
            var clock = Stopwatch.StartNew();
            var simulation = simulate(instance, policy, settings.Simulation, StableSeed.Derive(cell.InstanceSeed, "simulation", program.Label));
            runs.Add((program.Label, [.. simulation.Tasks.Select(t => t.Edge)], null, simulation, new RunTiming(clock.Elapsed.TotalMilliseconds, "Online", 0)));
        }
        var rows = new List<RunRow>();
        foreach (var run in runs)
        {
            if (run.Simulation.TasksLost != 0 || run.Simulation.TasksDuplicated != 0)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{run.Label}'s simulation lost {run.Simulation.TasksLost} and duplicated {run.Simulation.TasksDuplicated} of {instance.TaskCount} tasks."));
            }
            var source = new RunSource(cell, instance, run.Label, ScheduleMetrics.Compute(instance, run.EdgeOf), run.Result, run.Simulation, bound);
            rows.Add(new RunRow(RunColumns.Compute(source), cell.Point.Values, run.Timing, CompletionQuantiles.Of(run.Simulation)));
        }
        if (instanceFolder is not null)
        {
            SaveInstance(instance, instanceFolder, [.. runs.Where(r => r.Result is not null).Select(r => (r.Label, r.Result!.EdgeOrder))]);
        }
        CellTimeline? timeline = null;
        if (cell.Index == CellPlan.RepresentativeIndex(cell.Scenario) && runs.FirstOrDefault(r => r.Label == CellPlan.RepresentativeScheduler(cell.Scenario)) is { Label: not null } shown
            && shown.Simulation.SimulatedMakespan > 0)
        {
            var sampled = settings.Simulation with { TimelineStepSeconds = shown.Simulation.SimulatedMakespan / CellTimeline.Steps };
            var seed = StableSeed.Derive(cell.InstanceSeed, "simulation", shown.Label);
            var again = shown.Result is { } result
                ? toolkit.Simulate(instance, result, sampled, seed)
                : toolkit.SimulateOnline!(instance, settings.OnlineDispatch.First(p => SimulationNames.NameOf(p) == shown.Label), sampled, seed);
            timeline = CellTimeline.Of(cell.Id, shown.Label, instance, again);
        }
        return (rows, timeline);
    }

    private void SaveInstance(EdgeLearningInstance instance, string folder, IReadOnlyList<(string Scheduler, IReadOnlyList<IReadOnlyList<int>> Order)> assignments)
    {
        // The instance files are not written atomically one by one: build the folder aside, then move it in one rename.
        var staging = folder + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging);
        toolkit.SaveInstance?.Invoke(instance, staging);
        var lines = new List<string> { "scheduler,edge,position,task" };
        foreach (var (scheduler, order) in assignments)
        {
            for (var j = 0; j < order.Count; j++)
            {
                for (var k = 0; k < order[j].Count; k++)
                {
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{scheduler},{j},{k},{order[j][k]}"));
                }
            }
        }
        AtomicFile.WriteAllText(Path.Combine(staging, "assignments.csv"), string.Join('\n', lines) + "\n");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.Move(staging, folder);
    }
}
