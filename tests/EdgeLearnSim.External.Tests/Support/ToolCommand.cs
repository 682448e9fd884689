using EdgeLearnSim.Cli;

namespace EdgeLearnSim.External.Tests.Support;

/// <summary>The real <c>edgelearnsim</c> command, in process, with its console captured.</summary>
internal static class ToolCommand
{
    public static (int Exit, string Output, string Error) Run(params string[] args) =>
        CapturedConsole.Run(() => CommandLineApp.Run(args));
}
