using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Fingerprints;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Runs every cell of every scenario (in parallel; results do not depend on the parallelism), stores each cell that
/// ran atomically as its own file (its finished rows and its failures), then renders each scenario's outputs from the
/// cell files in cell order. A failure costs only what failed: a scheduler or policy its own row, a cell that cannot
/// be drawn its own rows; tables, figures and report are written from what finished. Cancellation stops between cells
/// and keeps every stored one. On resume a stored cell is reused only while its fingerprint matches.
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
                    if (options.Resume && plan.Resume.Keeps(cell))
                    {
                        Interlocked.Increment(ref skipped);
                        progress?.Invoke(new CellEvent(cell, CellStatus.Skipped, null, Interlocked.Increment(ref done), work.Count));
                        return;
                    }
                    IReadOnlyList<CellFailure> failed;
                    try
                    {
                        var instanceFolder = options.SaveInstances ? Path.Combine(plan.Folder, "instances", cell.Index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)) : null;
                        var outcome = runner.Run(cell, instanceFolder, cancellation);
                        plan.Store.Write(cell, outcome);
                        failed = [.. outcome.Failures.Select(f => new CellFailure(cell, f))];
                    }
                    catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                    {
                        throw;
                    }
#pragma warning disable CA1031 // One failing cell must not lose the others: it is stored and reported with its parameters.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        var whole = CellFailure.OfCell(cell, e);
                        plan.Store.Write(cell, new CellOutcome([], [whole.Failure], null));
                        failed = [whole];
                    }
                    lock (failures)
                    {
                        failures.AddRange(failed);
                    }
                    progress?.Invoke(new CellEvent(cell, failed.Count == 0 ? CellStatus.Completed : CellStatus.Failed, null, Interlocked.Increment(ref done), work.Count));
                });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            cancelled = true;
        }
        if (options.IsSharded && !cancelled)
        {
            plans.ForEach(p => ShardLedger.Record(p.Folder, shard, ShardProgress.Finished));
        }
        var rendered = new List<string>();
        if (!cancelled && !options.IsSharded)
        {
            // A scenario some of whose draws are bad input (an accuracy bound no ratio meets) is to be fixed, not reported.
            var badInput = failures.Where(f => f.IsBadInput).Select(f => f.Cell.Scenario).ToHashSet();
            foreach (var plan in plans.Where(p => !badInput.Contains(p.Scenario)))
            {
                Render(plan.Scenario, plan.Cells, plan.Store, plan.Folder);
                rendered.Add(plan.Folder);
            }
        }
        var ordered = failures.OrderBy(f => f.Cell.Scenario.Name, StringComparer.Ordinal).ThenBy(f => f.Cell.Index).ToList();
        var notes = options.Resume ? plans.Select(p => p.Resume.Describe(p.Scenario.Name)).OfType<string>().ToList() : [];
        return new BatchOutcome(ordered, cancelled, rendered, work.Count - skipped, skipped) { ResumeNotes = notes };
    }

    /// <summary>
    /// Renders a scenario's outputs from its cell files (used by <c>merge</c>): what finished, with every failure, and
    /// every cell that never ran (or ran under other settings) named with the shard that should hold it.
    /// </summary>
    public ScenarioResults Render(Scenario scenario, string outputRoot)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var folder = Path.Combine(outputRoot, scenario.Name);
        var cells = CellPlan.Enumerate(scenario);
        var store = new CellStore(folder, new CellFingerprints(scenario, toolkit.Schedulers, tool));
        return Render(scenario, cells, store, folder);
    }

    private ScenarioResults Render(Scenario scenario, IReadOnlyList<Cell> cells, CellStore store, string folder)
    {
        var rows = new List<RunRow>();
        var failures = new List<CellFailure>();
        var missing = new List<Cell>();
        foreach (var cell in cells)
        {
            if (store.Lookup(cell) is { } stored)
            {
                rows.AddRange(stored.Rows);
                failures.AddRange(stored.Failures.Select(f => new CellFailure(cell, f)));
            }
            else
            {
                missing.Add(cell);
            }
        }
        failures.AddRange(ShardCoverage.NeverRan(missing, folder));
        var timeline = CellPlan.RepresentativeIndex(scenario) is { } index ? store.ReadTimeline(cells[index]) : null;
        var results = new ScenarioResults(scenario, cells, rows, Summarizer.Summarize(scenario, rows), folder)
        {
            Timeline = timeline,
            Failures = [.. failures.OrderBy(f => f.Cell.Index)],
        };
        foreach (var writer in writers)
        {
            results = results with { Written = [.. results.Written, .. writer.Write(results)] };
        }
        return results;
    }

    private ScenarioPlan Prepare(Scenario scenario, BatchOptions options)
    {
        var folder = Path.Combine(options.OutputRoot, scenario.Name);
        var cells = CellPlan.Enumerate(scenario);
        var store = new CellStore(folder, new CellFingerprints(scenario, toolkit.Schedulers, tool));
        ResumePlan resume;
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
            // Decided before any work, so a cell another shard writes meanwhile never changes this shard's plan.
            var shard = new ShardSpec(options.ShardIndex, options.ShardCount);
            resume = options.Resume ? ResumePlan.Of([.. cells.Where(c => shard.Contains(c.Index))], store) : ResumePlan.Empty;
            AtomicFile.WriteAllText(Path.Combine(folder, Provenance.FileName), Provenance.Write(scenario, cells, toolkit.Schedulers, tool));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{folder}: --out", $"cannot write the output folder ({e.Message})", e);
        }
        return new ScenarioPlan(scenario, cells, store, folder, resume);
    }

    private sealed record ScenarioPlan(Scenario Scenario, IReadOnlyList<Cell> Cells, CellStore Store, string Folder, ResumePlan Resume);
}
