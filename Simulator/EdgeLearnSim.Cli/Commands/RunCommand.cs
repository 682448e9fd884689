using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Sharding;
using EdgeLearnSim.Reporting;
using Spectre.Console;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim run SCENARIO.yaml… [--out DIR] [--parallel N] [--resume] [--save-instances] [--shard K/N]</c>:
/// runs every cell of every scenario and writes each scenario's outputs into <c>DIR/&lt;name&gt;/</c>.
/// Exit codes: 0 done, 1 some cell failed (the others are kept), 2 bad input (nothing written), 130 interrupted.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("scenario") { Description = "Scenario YAML files.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output folder; each scenario writes DIR/<name>/.", DefaultValueFactory = _ => "Reports" };
        var parallel = new Option<int>("--parallel") { Description = "Cells run at once (default: processor count). Results do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var resume = new Option<bool>("--resume") { Description = "Keep the stored cells whose settings, files and tool are unchanged; recompute the others (missing, failed, stale)." };
        var saveInstances = new Option<bool>("--save-instances") { Description = "Keep each cell's instance and assignments under DIR/<name>/instances/." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard K of N (0-based): cells with index % N == K; 'slurm' takes K and N from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT. Render later with 'merge'." };
        var command = new Command("run", "Run scenarios: every cell, then runs.csv, summary.csv, figures and report.md.")
        {
            files, output, parallel, resume, saveInstances, shard,
        };
        command.SetAction(parse =>
        {
            try
            {
                var (shardIndex, shardCount) = ParseShard(parse.GetValue(shard));
                var parallelism = parse.GetValue(parallel);
                if (parallelism < 1)
                {
                    throw new InvalidInputException("--parallel", $"expected a number of cells >= 1, found {parallelism}");
                }
                var options = new BatchOptions
                {
                    OutputRoot = parse.GetValue(output)!,
                    Parallelism = parallelism,
                    Resume = parse.GetValue(resume),
                    SaveInstances = parse.GetValue(saveInstances),
                    ShardIndex = shardIndex,
                    ShardCount = shardCount,
                };
                return Run(parse.GetValue(files)!, options);
            }
            catch (InvalidInputException e) when (!parse.GetValue<bool>("--verbose"))
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return CommandLineApp.ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>The writers of a scenario's outputs: tables, then figures and the report.</summary>
    internal static IReadOnlyList<IScenarioOutputWriter> Writers() => [new TableOutputWriter(), new FigureWriter(), new ReportWriter()];

    private static int Run(IReadOnlyList<string> files, BatchOptions options)
    {
        var toolkit = DefaultToolkit.Create();
        var scenarios = ScenarioFiles.Load(files, toolkit, Console.Error);
        if (scenarios is null)
        {
            return CommandLineApp.ExitCodes.BadInput;
        }
        var runner = new BatchRunner(toolkit, Writers(), ToolInfoProbe.Probe());
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        BatchOutcome outcome;
        try
        {
            outcome = Console.IsOutputRedirected
                ? runner.Run(scenarios, options, PlainProgress, cancellation.Token)
                : WithProgressBar(runner, scenarios, options, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        foreach (var note in outcome.ResumeNotes)
        {
            Console.Error.WriteLine(note);
        }
        foreach (var failure in outcome.Failures)
        {
            Console.Error.WriteLine($"error: {failure.Describe()}");
        }
        foreach (var folder in outcome.RenderedFolders)
        {
            Console.WriteLine($"wrote {folder}");
        }
        if (outcome.Cancelled)
        {
            Console.Error.WriteLine("interrupted: completed cells are kept; run again with --resume to finish.");
            return CommandLineApp.ExitCodes.Interrupted;
        }
        if (outcome.Failures.Count > 0 && outcome.Failures.All(f => f.IsBadInput))
        {
            // Every failure is the scenario's fault (say, an accuracy bound no ratio meets): bad input, not a crash.
            return CommandLineApp.ExitCodes.BadInput;
        }
        if (outcome.Failures.Count > 0)
        {
            Console.Error.WriteLine(
                $"{outcome.Failures.Count} run(s) failed (listed in failures.csv); the tables and report hold what finished. Fix and run again with --resume.");
            return CommandLineApp.ExitCodes.SomeCellsFailed;
        }
        return CommandLineApp.ExitCodes.Success;
    }

    private static void PlainProgress(CellEvent e)
    {
        var status = e.Status switch
        {
            CellStatus.Completed => "done",
            CellStatus.Skipped => "kept",
            _ => "FAILED",
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{e.Done}/{e.Total}] {status} {e.Cell.Id}"));
    }

    private static BatchOutcome WithProgressBar(BatchRunner runner, IReadOnlyList<Experiments.Scenarios.Scenario> scenarios, BatchOptions options, CancellationToken cancellation)
    {
        BatchOutcome? outcome = null;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("cells");
            outcome = runner.Run(scenarios, options, e =>
            {
                task.MaxValue = e.Total;
                task.Increment(1);
            }, cancellation);
        });
        return outcome!;
    }

    private static (int Index, int Count) ParseShard(string? text)
    {
        if (text is null)
        {
            return (0, 1);
        }
        var shard = ShardSpec.Parse(text);
        return (shard.Index, shard.Count);
    }
}
