using System.CommandLine;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Core;
using EdgeLearnSim.Testbed.Autoencoder.Commands;

namespace EdgeLearnSim.Testbed.Autoencoder;

/// <summary>
/// <c>edgelearnsim-autoencoder</c>: the testbed with the paper's nonlinear autoencoder at the edge, run from the
/// repository (<c>dotnet run -c Release --project Simulator/EdgeLearnSim.Testbed.Autoencoder -- COMMAND</c>) so that
/// libtorch stays out of the main program and its packed tool. Errors and exit codes are the main program's.
/// </summary>
public static class AutoencoderApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("EdgeLearnSim's testbed with a nonlinear autoencoder (libtorch through TorchSharp) at the edge.");
        root.Subcommands.Add(AutoencoderTestbedCommand.Create());
        root.Subcommands.Add(LossCurveCommand.Create());
        root.Subcommands.Add(Fig3ReportCommand.Create());
        root.Subcommands.Add(ThroughputCommand.Create());
        return root;
    }

    public static int Run(string[] args)
    {
        try
        {
            var parsed = BuildRoot().Parse(args);
            var exitCode = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 ? CommandLineApp.ExitCodes.BadInput : exitCode;
        }
        catch (InvalidInputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return CommandLineApp.ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // As the main program: a user sees one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"error: internal error ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})");
            return CommandLineApp.ExitCodes.SomeCellsFailed;
        }
    }
}
