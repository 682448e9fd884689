using System.CommandLine;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim slurm SCENARIO.yaml --shards N [--out DIR] [--partition P] [--time T] [--mem M] [--tool PATH]</c>:
/// checks the scenario and writes the Slurm scripts that run it as N array tasks and merge them
/// (<see cref="SlurmScriptWriter"/>); it queues nothing itself.
/// </summary>
public static class SlurmCommand
{
    public static Command Create()
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "The scenario YAML file to run on the cluster." };
        var shardsOption = new Option<int>("--shards") { Description = "Number of shards N: array tasks 0..N-1.", Required = true };
        var outOption = new Option<string>("--out")
        {
            Description = "Output directory on a file system all nodes share; results go to DIR/<scenario name>/.",
            DefaultValueFactory = _ => "Reports",
        };
        var partitionOption = new Option<string?>("--partition") { Description = "Slurm partition (default: the cluster's)." };
        var timeOption = new Option<string?>("--time") { Description = "Time limit per job, e.g. 30, 2:00:00, 1-12 (default: the partition's)." };
        var memoryOption = new Option<string?>("--mem") { Description = "Memory per job, e.g. 4G (default: the partition's)." };
        var toolOption = new Option<string?>("--tool")
        {
            Description = "The edgelearnsim executable the jobs run, or its edgelearnsim.dll (run with dotnet). Default: this one.",
        };

        var command = new Command("slurm", "Write Slurm job scripts that run a scenario as an array of shards, then merge them.")
        {
            scenarioArgument, shardsOption, outOption, partitionOption, timeOption, memoryOption, toolOption,
        };
        command.SetAction(parseResult =>
        {
            if (ScenarioFiles.Load([parseResult.GetRequiredValue(scenarioArgument)], DefaultToolkit.Create(), Console.Error) is not [var scenario])
            {
                return CommandLineApp.ExitCodes.BadInput;
            }
            var tool = parseResult.GetValue(toolOption);
            var scripts = SlurmScriptWriter.Write(new SlurmJobSettings
            {
                ScenarioPath = scenario.SourcePath,
                ScenarioName = scenario.Name,
                Shards = parseResult.GetValue(shardsOption),
                OutputDirectory = Path.GetFullPath(parseResult.GetRequiredValue(outOption)),
                ToolCommand = tool is null ? ThisTool() : ToolAt(tool),
                Partition = parseResult.GetValue(partitionOption),
                TimeLimit = parseResult.GetValue(timeOption),
                Memory = parseResult.GetValue(memoryOption),
            });
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"Wrote the Slurm job scripts of scenario '{scenario.Name}' to {scripts.Directory}:");
            output.WriteLine($"  {SlurmScripts.ShardsFileName}  array job, task K runs shard K (edgelearnsim run --shard slurm)");
            output.WriteLine($"  {SlurmScripts.MergeFileName}   merge job (edgelearnsim merge), after every shard has ended, whatever its exit code");
            output.WriteLine($"  {SlurmScripts.SubmitFileName}      queues both; job output goes to {scripts.LogsDirectory}");
            output.WriteLine("Queue them with:");
            output.WriteLine($"  bash {scripts.SubmitPath}");
            return CommandLineApp.ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The command that started this process: the apphost, or <c>dotnet edgelearnsim.dll</c>.</summary>
    private static string[] ThisTool()
    {
        var process = Environment.ProcessPath ?? throw new InvalidInputException("--tool", "cannot tell which executable is running: give --tool");
        var isDotnetHost = string.Equals(Path.GetFileNameWithoutExtension(process), "dotnet", StringComparison.OrdinalIgnoreCase);
        return isDotnetHost ? [process, typeof(SlurmCommand).Assembly.Location] : [process];
    }

    private static string[] ToolAt(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new InvalidInputException("--tool", $"'{path}' does not exist (expected the edgelearnsim executable or edgelearnsim.dll)");
        }
        return fullPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["dotnet", fullPath] : [fullPath];
    }
}
