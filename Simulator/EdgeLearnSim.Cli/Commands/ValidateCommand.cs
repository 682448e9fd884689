using System.CommandLine;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Experiments.Cells;

namespace EdgeLearnSim.Cli.Commands;

/// <summary><c>edgelearnsim validate SCENARIO.yaml…</c>: checks scenario files without running them (exit 0, or 2 listing every problem).</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("scenario") { Description = "Scenario YAML files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files without running them.") { files };
        command.SetAction(parse =>
        {
            var scenarios = ScenarioFiles.Load(parse.GetValue(files)!, DefaultToolkit.Create(), Console.Error);
            if (scenarios is null)
            {
                return CommandLineApp.ExitCodes.BadInput;
            }
            foreach (var scenario in scenarios)
            {
                var cells = CellPlan.Enumerate(scenario).Count;
                Console.WriteLine($"{scenario.SourcePath}: ok ({scenario.Name}: {scenario.Points.Count} sweep points, {scenario.Topologies.Count} topologies, {scenario.Replications} replications, {cells} cells, {scenario.Schedulers.Count} schedulers)");
            }
            return CommandLineApp.ExitCodes.Success;
        });
        return command;
    }
}
