using System.CommandLine;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Core;

namespace EdgeLearnSim.Cli;

/// <summary>The <c>edgelearnsim</c> command tree. Each command is one class under <c>Commands/</c> and one line here.</summary>
public static class CommandLineApp
{
    /// <summary>Exit codes of docs/conventions.md.</summary>
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
        root.Subcommands.Add(FitAccuracyCommand.Create());
        root.Subcommands.Add(SolveCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(EnvCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(SlurmCommand.Create());
        root.Subcommands.Add(TestbedCommand.Create());
        return root;
    }

    public static int Run(string[] args)
    {
        var root = BuildRoot();
        var verbose = args.Contains("--verbose");
        try
        {
            var parsed = root.Parse(args);
            // Our own handler below keeps errors to one line; the library's would print a stack trace.
            var exitCode = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            // A usage error (missing or unknown option) has been printed with help; docs/conventions.md gives it exit code 2.
            return parsed.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
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
#pragma warning disable CA1031 // The last line of defence: a user sees one line, not a stack trace, unless --verbose.
        catch (Exception e) when (!verbose)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"error: internal error ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}); run again with --verbose for details");
            return ExitCodes.SomeCellsFailed;
        }
    }
}
