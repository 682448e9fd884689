using System.Diagnostics;
using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Runs one cell: draws its instance, computes the instance bound, runs every scheduler of the scenario on it (each
/// with its own seed), simulates each schedule, then each online dispatch policy, every one of them in the cell's one
/// simulated environment (<see cref="CellPlan.SimulationSeed"/>), and builds every row from <see cref="RunColumns"/>
/// with the cell's bound: the largest of the instance bound and every finished scheduler's proven bound. A scheduler
/// or policy that fails costs only its own row.
/// </summary>
public sealed class CellRunner(ExperimentToolkit toolkit)
{
    /// <summary>
    /// The cell's rows (scenario scheduler order, then online policies) and failures, and for the representative cell
    /// (<see cref="CellPlan.RepresentativeIndex"/>) the timeline of its representative run: the same simulation again
    /// with sampling on, which changes none of its results. A run that throws, or whose simulation lost or duplicated a
    /// task, becomes a <see cref="RunFailure"/>. Throws when the instance cannot be drawn or bounded (the whole cell
    /// fails), and <see cref="OperationCanceledException"/> when cancelled, so a partly cancelled cell is never stored.
    /// </summary>
    /// <param name="cell">The cell to run.</param>
    /// <param name="instanceFolder">When set, the instance and every assignment are saved there.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public CellOutcome Run(Cell cell, string? instanceFolder, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var instance = toolkit.GenerateInstance(cell.InstanceSpec, cell.Seed);
        var bound = toolkit.LowerBound(instance, cell.Scenario.Bounds);
        var runs = new List<FinishedRun>();
        var failures = new List<RunFailure>();
        foreach (var (label, execute) in Runs(cell, instance, cancellation))
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                var run = execute();
                cancellation.ThrowIfCancellationRequested();
                if (run.Simulation.TasksLost != 0 || run.Simulation.TasksDuplicated != 0)
                {
                    throw new InvalidOperationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{label}'s simulation lost {run.Simulation.TasksLost} and duplicated {run.Simulation.TasksDuplicated} of {instance.TaskCount} tasks."));
                }
                runs.Add(run);
                if (run.Schedule?.ProvenLowerBound is { } proven)
                {
                    bound = CertifiedBound.Max(bound, new CertifiedBound(proven, label));
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A failing scheduler or policy loses its own row; the cell's others are kept.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add(RunFailure.Of(label, e));
            }
        }
        var rows = runs.Select(run => new RunRow(
            RunColumns.Compute(new RunSource(cell, instance, run.Label, ScheduleMetrics.Compute(instance, run.EdgeOf), run.Schedule, run.Simulation, bound)),
            cell.Point.Values,
            run.Timing,
            CompletionQuantiles.Of(run.Simulation))).ToList();
        if (instanceFolder is not null)
        {
            SaveInstance(instance, instanceFolder, [.. runs.Where(r => r.Schedule is not null).Select(r => (r.Label, r.Schedule!.EdgeOrder))]);
        }
        return new CellOutcome(rows, failures, Timeline(cell, instance, runs));
    }

    /// <summary>Each scheduler and policy of the cell, by label, as a run to execute in the cell's environment.</summary>
    private IEnumerable<(string Label, Func<FinishedRun> Execute)> Runs(Cell cell, EdgeLearningInstance instance, CancellationToken cancellation)
    {
        var settings = cell.Point.Settings;
        var environment = CellPlan.SimulationSeed(cell);
        foreach (var choice in cell.Scenario.Schedulers)
        {
            yield return (choice.Label, () =>
            {
                // An external program's stream seed comes from its label, as several externals share one name.
                var scheduler = choice.External is { } program
                    ? (toolkit.ExternalScheduler ?? throw new InvalidOperationException("This build runs no external schedulers."))(program)
                    : toolkit.Schedulers.Create(choice.Name, choice.ToParameters());
                var context = new SchedulerContext(CellPlan.SchedulerSeed(cell, choice.External is null ? choice.Name : choice.Label), settings.SchedulerTimeLimit, cancellation)
                {
                    Uplink = settings.Simulation.Uplink,
                };
                var clock = Stopwatch.StartNew();
                var schedule = scheduler.Schedule(instance, context);
                var milliseconds = clock.Elapsed.TotalMilliseconds;
                cancellation.ThrowIfCancellationRequested();
                var simulation = toolkit.Simulator.Simulate(instance, schedule, settings.Simulation, environment);
                return new FinishedRun(choice.Label, schedule.EdgeOf, schedule, simulation, new RunTiming(milliseconds, schedule.Exit.ToString(), schedule.Iterations));
            });
        }
        foreach (var policy in settings.OnlineDispatch)
        {
            var name = policy.Name;
            yield return (name, () =>
            {
                var clock = Stopwatch.StartNew();
                var simulation = toolkit.Simulator.Simulate(instance, policy.Create(), settings.Simulation, environment);
                return new FinishedRun(name, [.. simulation.Tasks.Select(t => t.Edge)], null, simulation, new RunTiming(clock.Elapsed.TotalMilliseconds, "Online", 0));
            });
        }
        // External policies: one process per (cell, policy), ended before the next starts.
        foreach (var program in settings.ExternalDispatch)
        {
            yield return (program.Label, () =>
            {
                var create = toolkit.ExternalPolicy ?? throw new InvalidOperationException("This build runs no external dispatch policies.");
                using var policy = create(program);
                var clock = Stopwatch.StartNew();
                var simulation = toolkit.Simulator.Simulate(instance, policy, settings.Simulation, environment);
                // An answer nothing asked for (say, to reset) shifted every later one: such a run does not count.
                policy.Finish();
                return new FinishedRun(program.Label, [.. simulation.Tasks.Select(t => t.Edge)], null, simulation, new RunTiming(clock.Elapsed.TotalMilliseconds, "Online", 0));
            });
        }
    }

    private CellTimeline? Timeline(Cell cell, EdgeLearningInstance instance, IReadOnlyList<FinishedRun> runs)
    {
        if (cell.Index != CellPlan.RepresentativeIndex(cell.Scenario)
            || runs.FirstOrDefault(r => r.Label == CellPlan.RepresentativeScheduler(cell.Scenario)) is not { } shown
            || shown.Simulation.SimulatedMakespan <= 0)
        {
            return null;
        }
        var settings = cell.Point.Settings;
        var sampled = settings.Simulation with { TimelineStepSeconds = shown.Simulation.SimulatedMakespan / CellTimeline.Steps };
        var environment = CellPlan.SimulationSeed(cell);
        var again = shown.Schedule is { } result
            ? toolkit.Simulator.Simulate(instance, result, sampled, environment)
            : toolkit.Simulator.Simulate(instance, settings.OnlineDispatch.First(p => p.Name == shown.Label).Create(), sampled, environment);
        return CellTimeline.Of(cell.Id, shown.Label, instance, again);
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

    private sealed record FinishedRun(string Label, IReadOnlyList<int> EdgeOf, ScheduleResult? Schedule, SimulationResult Simulation, RunTiming Timing);
}
