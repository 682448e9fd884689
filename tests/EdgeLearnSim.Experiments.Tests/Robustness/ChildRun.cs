using System.Diagnostics;
using System.Text;

namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// The real tool as a child process (<c>dotnet edgelearnsim.dll …</c>, the build beside the tests), so that it can be
/// killed with a signal mid-run. Output is collected line by line.
/// </summary>
internal sealed class ChildRun : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private int completedCells;

    public ChildRun(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "edgelearnsim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (e.Data.Contains("] done ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref completedCells);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    /// <summary>Cells the child has reported done so far.</summary>
    public int CompletedCells => Volatile.Read(ref completedCells);

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed.</summary>
    public void KillHard() => process.Kill(entireProcessTree: true);

    /// <summary>SIGINT, as Ctrl-C on a terminal sends.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>The exit code, after waiting at most <paramref name="timeout"/> (then the child is killed and the test fails).</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the child run did not finish within {timeout.TotalSeconds} s\n{Output}\n{Error}");
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
