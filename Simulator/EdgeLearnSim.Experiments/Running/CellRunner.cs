using System.Diagnostics;
using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.External;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Runs one cell: draws its instance, computes the lower bound, runs every scheduler of the scenario on it
/// (each with its own derived seed), simulates each schedule, then each online dispatch policy.
/// </summary>
public sealed class CellRunner(ExperimentToolkit toolkit)
{
    /// <summary>
    /// The cell's rows, in scenario scheduler order then online policies. Throws
    /// <see cref="OperationCanceledException"/> when cancelled, so a partly cancelled cell is never stored.
    /// </summary>
    /// <param name="cell">The cell to run.</param>
    /// <param name="instanceFolder">When set, the instance and every assignment are saved there.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public IReadOnlyList<RunRow> Run(Cell cell, string? instanceFolder, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var instance = toolkit.GenerateInstance(cell.InstanceSpec, cell.InstanceSeed);
        var lowerBound = toolkit.LowerBound(instance);
        var settings = cell.Point.Settings;
        var rows = new List<RunRow>();
        var assignments = new List<(string Scheduler, IReadOnlyList<IReadOnlyList<int>> Order)>();
        foreach (var choice in cell.Scenario.Schedulers)
        {
            cancellation.ThrowIfCancellationRequested();
            // Issue 14: an external program's stream seed comes from its label, as several externals share one name.
            var scheduler = choice.External is { } program ? new ExternalScheduler(program) : toolkit.Schedulers.Create(choice.Name, choice.ToParameters());
            var context = new SchedulerContext(CellPlan.SchedulerSeed(cell, choice.External is null ? choice.Name : choice.Label), settings.SchedulerTimeLimit, cancellation);
            var clock = Stopwatch.StartNew();
            var schedule = scheduler.Schedule(instance, context);
            var milliseconds = clock.Elapsed.TotalMilliseconds;
            cancellation.ThrowIfCancellationRequested();
            var simulation = toolkit.Simulate(instance, schedule, settings.Simulation, StableSeed.Derive(cell.InstanceSeed, "simulation", choice.Label));
            rows.Add(Row(cell, instance, choice.Label, schedule.EdgeOf, lowerBound, simulation, milliseconds, schedule.Exit.ToString()));
            assignments.Add((choice.Label, schedule.EdgeOrder));
        }
        foreach (var policy in settings.Simulation.OnlineDispatch)
        {
            cancellation.ThrowIfCancellationRequested();
            var online = toolkit.SimulateOnline ?? throw new InvalidOperationException("This build's simulator offers no online dispatch.");
            var clock = Stopwatch.StartNew();
            var simulation = online(instance, policy, settings.Simulation, StableSeed.Derive(cell.InstanceSeed, "simulation", policy));
            rows.Add(Row(cell, instance, policy, simulation.FinalEdgeOf, lowerBound, simulation, clock.Elapsed.TotalMilliseconds, "Online"));
        }
        // Issue 14: external policies, one process per (cell, policy), ended before the next starts.
        foreach (var program in settings.Simulation.ExternalDispatch)
        {
            cancellation.ThrowIfCancellationRequested();
            var simulate = toolkit.SimulatePolicy ?? throw new InvalidOperationException("This build's simulator takes no dispatch policy objects.");
            using var policy = new ExternalDispatchPolicy(program);
            var clock = Stopwatch.StartNew();
            var simulation = simulate(instance, policy, settings.Simulation, StableSeed.Derive(cell.InstanceSeed, "simulation", program.Label));
            rows.Add(Row(cell, instance, program.Label, simulation.FinalEdgeOf, lowerBound, simulation, clock.Elapsed.TotalMilliseconds, "Online"));
        }
        if (instanceFolder is not null)
        {
            SaveInstance(instance, instanceFolder, assignments);
        }
        return rows;
    }

    private static RunRow Row(
        Cell cell, EdgeLearningInstance instance, string scheduler, IReadOnlyList<int> edgeOf, double lowerBound,
        SimulationOutcome simulation, double milliseconds, string exit)
    {
        var metrics = ScheduleMetrics.Compute(instance, edgeOf);
        return new RunRow(
            cell.Scenario.Name,
            cell.Topology.Name,
            instance.TaskCount,
            instance.EdgeCount,
            scheduler,
            cell.Replication,
            cell.InstanceSeed,
            metrics.WeightedMakespan,
            metrics.LoadStdDev,
            metrics.TasksOnBusiestEdge,
            metrics.MaxTasksOnEdge,
            lowerBound,
            100.0 * (metrics.WeightedMakespan - lowerBound) / lowerBound,
            simulation.SimulatedMakespan,
            simulation.BytesToCloud,
            simulation.RawBytes,
            cell.Point.Values,
            milliseconds,
            exit);
    }

    private void SaveInstance(EdgeLearningInstance instance, string folder, List<(string Scheduler, IReadOnlyList<IReadOnlyList<int>> Order)> assignments)
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
