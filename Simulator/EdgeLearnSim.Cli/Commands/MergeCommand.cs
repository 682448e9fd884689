using System.CommandLine;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim merge DIR</c>: after a sharded run, checks that every cell of every scenario under DIR is present
/// and renders the same outputs as a single-machine run. Idempotent.
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
                foreach (var scenario in scenarios)
                {
                    var results = runner.Render(scenario, root);
                    Console.WriteLine($"wrote {results.Folder} ({results.Cells.Count} cells)");
                }
                return CommandLineApp.ExitCodes.Success;
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
