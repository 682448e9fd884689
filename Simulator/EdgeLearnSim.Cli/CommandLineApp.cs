using System.CommandLine;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Core;

namespace EdgeLearnSim.Cli;

/// <summary>The <c>edgelearnsim</c> command tree. Each command is one class under <c>Commands/</c> and one line here.</summary>
public static class CommandLineApp
{
    /// <summary>Exit codes of SPEC §8.</summary>
    public static class ExitCodes
    {
        public const int Success = 0;
        public const int SomeCellsFailed = 1;
        public const int BadInput = 2;
        public const int Interrupted = 130;
    }

    public static RootCommand BuildRoot()
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces with errors.", Recursive = true };
        var root = new RootCommand("EdgeLearnSim: discrete-event, trace-driven simulator for scheduling edge-learning uploads.");
        root.Options.Add(verbose);
        root.Subcommands.Add(Commands.FitAccuracyCommand.Create());
        root.Subcommands.Add(SolveCommand.Create());
        return root;
    }

    public static int Run(string[] args)
    {
        var root = BuildRoot();
        var verbose = args.Contains("--verbose");
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (InvalidInputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            if (verbose)
            {
                Console.Error.WriteLine(e);
            }
            return ExitCodes.BadInput;
        }
    }
}
