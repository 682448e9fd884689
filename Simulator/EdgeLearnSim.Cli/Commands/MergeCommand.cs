using System.CommandLine;
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
                var provenances = Directory.Exists(root)
                    ? Directory.GetDirectories(root).Select(d => Path.Combine(d, Provenance.FileName)).Where(File.Exists).Order(StringComparer.Ordinal).ToArray()
                    : [];
                if (provenances.Length == 0)
                {
                    throw new InvalidInputException(root, $"no scenario folders with {Provenance.FileName} found");
                }
                var toolkit = DefaultToolkit.Create();
                var sources = provenances.Select(p => Provenance.ReadSource(p) ?? throw new InvalidInputException(p, "field 'source' missing")).ToArray();
                var scenarios = ScenarioFiles.Load(sources, toolkit.Schedulers, Console.Error);
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
            catch (InvalidInputException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return CommandLineApp.ExitCodes.BadInput;
            }
        });
        return command;
    }
}
