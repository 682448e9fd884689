using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Runs every cell of every scenario (in parallel; results do not depend on the parallelism), stores each
/// completed cell atomically as its own file, then renders each complete scenario's outputs from the cell files
/// in cell order. A failing cell is reported and the others kept; cancellation stops between cells and keeps
/// every completed one.
/// </summary>
public sealed class BatchRunner(ExperimentToolkit toolkit, IReadOnlyList<IScenarioOutputWriter> writers, ToolInfo tool)
{
    public BatchOutcome Run(IReadOnlyList<Scenario> scenarios, BatchOptions options, Action<CellEvent>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(options);
        var shard = new ShardSpec(options.ShardIndex, options.ShardCount);
        var plans = scenarios.Select(s => Prepare(s, options)).ToList();
        if (options.IsSharded)
        {
            plans.ForEach(p => ShardLedger.Record(p.Folder, shard, ShardProgress.Started));
        }
        var work = plans.SelectMany(p => p.Cells.Where(c => shard.Contains(c.Index))
            .Select(c => (Plan: p, Cell: c))).ToList();
        var failures = new List<CellFailure>();
        var done = 0;
        var skipped = 0;
        var cancelled = false;
        var runner = new CellRunner(toolkit);
        try
        {
            Parallel.ForEach(
                work,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation },
                item =>
                {
                    var (plan, cell) = item;
                    if (options.Resume && plan.Store.Contains(cell))
                    {
                        Interlocked.Increment(ref skipped);
                        progress?.Invoke(new CellEvent(cell, CellStatus.Skipped, null, Interlocked.Increment(ref done), work.Count));
                        return;
                    }
                    try
                    {
                        var instanceFolder = options.SaveInstances ? Path.Combine(plan.Folder, "instances", cell.Index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)) : null;
                        var (rows, timeline) = runner.RunWithTimeline(cell, instanceFolder, cancellation);
                        plan.Store.Write(cell, rows, timeline);
                        progress?.Invoke(new CellEvent(cell, CellStatus.Completed, null, Interlocked.Increment(ref done), work.Count));
                    }
                    catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                    {
                        throw;
                    }
#pragma warning disable CA1031 // One failing cell must not lose the others: it is reported with its parameters.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        lock (failures)
                        {
                            failures.Add(new CellFailure(cell, e));
                        }
                        progress?.Invoke(new CellEvent(cell, CellStatus.Failed, e, Interlocked.Increment(ref done), work.Count));
                    }
                });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            cancelled = true;
        }
        if (options.IsSharded && !cancelled)
        {
            plans.Where(p => shard.Select(p.Cells).All(p.Store.Contains)).ToList()
                .ForEach(p => ShardLedger.Record(p.Folder, shard, ShardProgress.Finished));
        }
        var rendered = new List<string>();
        if (!cancelled && !options.IsSharded)
        {
            foreach (var plan in plans.Where(p => p.Cells.All(p.Store.Contains)))
            {
                Render(plan.Scenario, plan.Cells, plan.Store, plan.Folder);
                rendered.Add(plan.Folder);
            }
        }
        var ordered = failures.OrderBy(f => f.Cell.Scenario.Name, StringComparer.Ordinal).ThenBy(f => f.Cell.Index).ToList();
        return new BatchOutcome(ordered, cancelled, rendered, work.Count - skipped, skipped);
    }

    /// <summary>
    /// Renders a scenario's outputs from its cell files (used after a run and by <c>merge</c>). Throws
    /// <see cref="InvalidInputException"/> naming the missing cells when some are absent.
    /// </summary>
    public ScenarioResults Render(Scenario scenario, string outputRoot)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var folder = Path.Combine(outputRoot, scenario.Name);
        var cells = CellPlan.Enumerate(scenario);
        var store = new CellStore(folder, Provenance.Fingerprint(scenario, toolkit.Schedulers));
        ShardCoverage.ThrowIfIncomplete(cells, store);
        return Render(scenario, cells, store, folder);
    }

    private ScenarioResults Render(Scenario scenario, IReadOnlyList<Cell> cells, CellStore store, string folder)
    {
        var rows = cells.SelectMany(store.Read).ToList();
        var timeline = CellPlan.RepresentativeIndex(scenario) is { } index ? store.ReadTimeline(cells[index]) : null;
        var results = new ScenarioResults(scenario, cells, rows, Summarizer.Summarize(scenario, rows), folder) { Timeline = timeline };
        foreach (var writer in writers)
        {
            writer.Write(results);
        }
        return results;
    }

    private ScenarioPlan Prepare(Scenario scenario, BatchOptions options)
    {
        var folder = Path.Combine(options.OutputRoot, scenario.Name);
        var cells = CellPlan.Enumerate(scenario);
        var store = new CellStore(folder, Provenance.Fingerprint(scenario, toolkit.Schedulers));
        try
        {
            if (!options.Resume && !options.IsSharded && Directory.Exists(store.Folder))
            {
                Directory.Delete(store.Folder, recursive: true);
            }
            Directory.CreateDirectory(store.Folder);
            if (!options.IsSharded)
            {
                // Temporary files of a killed run; never touched while shards may be writing theirs.
                foreach (var stale in Directory.GetFiles(store.Folder, ".*.tmp"))
                {
                    File.Delete(stale);
                }
            }
            if (cells.FirstOrDefault(store.Contains) is { } kept)
            {
                // Fails now, before any work, when the folder holds cells of another version of the scenario.
                store.Read(kept);
            }
            AtomicFile.WriteAllText(Path.Combine(folder, Provenance.FileName), Provenance.Write(scenario, cells, toolkit.Schedulers, tool));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{folder}: --out", $"cannot write the output folder ({e.Message})", e);
        }
        return new ScenarioPlan(scenario, cells, store, folder);
    }

    private sealed record ScenarioPlan(Scenario Scenario, IReadOnlyList<Cell> Cells, CellStore Store, string Folder);
}
