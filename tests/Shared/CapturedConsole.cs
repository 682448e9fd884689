namespace EdgeLearnSim.Tests.Shared;

/// <summary>
/// Runs code that writes to the console (the command line in-process) with stdout and stderr captured. One run at a
/// time per test assembly: the console is process-wide, and xunit runs test classes in parallel.
/// </summary>
internal static class CapturedConsole
{
    private static readonly Lock Gate = new();

    public static (int Exit, string Output, string Error) Run(Func<int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (Gate)
        {
            var (outBefore, errorBefore) = (Console.Out, Console.Error);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exit = action();
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(outBefore);
                Console.SetError(errorBefore);
            }
        }
    }
}
