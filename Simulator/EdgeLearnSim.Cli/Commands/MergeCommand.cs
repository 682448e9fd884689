using System.CommandLine;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim merge DIR</c>: after a sharded run (whatever its shards' exit codes), renders every scenario under
/// DIR from the cells that finished, as a single-machine run would, and names every failure and every cell that never
/// ran (exit 1 then). Idempotent.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The --out folder of the sharded runs." };
        var command = new Command("merge", "Render the outputs of a sharded run once every shard has finished.") { folder };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(folder)!;
            try
            {
                var toolkit = DefaultToolkit.Create();
                var sources = ResultFolders.ScenarioSources(root);
                var scenarios = ScenarioFiles.Load(sources, toolkit, Console.Error);
                if (scenarios is null)
                {
                    return CommandLineApp.ExitCodes.BadInput;
                }
                var runner = new BatchRunner(toolkit, RunCommand.Writers(), ToolInfoProbe.Probe());
                var failed = 0;
                foreach (var scenario in scenarios)
                {
                    var results = runner.Render(scenario, root);
                    foreach (var failure in results.Failures)
                    {
                        Console.Error.WriteLine($"error: {failure.Describe()}");
                    }
                    failed += results.Failures.Count;
                    Console.WriteLine($"wrote {results.Folder} ({results.Cells.Count} cells, {results.Failures.Count} failure(s))");
                }
                return failed == 0 ? CommandLineApp.ExitCodes.Success : CommandLineApp.ExitCodes.SomeCellsFailed;
            }
            catch (InvalidInputException e) when (!parse.GetValue<bool>("--verbose"))
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return CommandLineApp.ExitCodes.BadInput;
            }
        });
        return command;
    }
}
