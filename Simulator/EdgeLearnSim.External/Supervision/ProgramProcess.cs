using System.Diagnostics;
using System.Globalization;
using EdgeLearnSim.Core.Programs;

namespace EdgeLearnSim.External.Supervision;

/// <summary>
/// One running external program: started directly (no shell) in a fresh empty working folder with a minimal
/// environment, its stdin and stdout as the protocol's channel, its stderr drained into a tail. A watchdog armed
/// per call kills the whole process tree when the call passes the program's limit; so does any failure and
/// <see cref="Dispose"/>. Every failure is an <see cref="ExternalProgramException"/> with one line naming the
/// program, the problem and the stderr tail.
/// </summary>
internal sealed class ProgramProcess : IDisposable
{
    private readonly ExternalProgram program;
    private readonly string role;
    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly PipeReadiness? outputReadiness;
    private readonly StderrTail stderr;
    private readonly Timer watchdog;
    private readonly string workingFolder;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int bufferStart;
    private int bufferEnd;
    private volatile bool timedOut;
    private bool disposed;

    private ProgramProcess(ExternalProgram program, string role, Process process, string workingFolder)
    {
        this.program = program;
        this.role = role;
        this.process = process;
        this.workingFolder = workingFolder;
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
        outputReadiness = PipeReadiness.For(output);
        stderr = new StderrTail(process.StandardError.BaseStream);
        watchdog = new Timer(_ => TimeOut());
        // The program is the process started here: once it exits, children that inherited its stdout are ended,
        // so a read waiting on that pipe sees its end instead of waiting for the safety net.
        var id = process.Id;
        process.Exited += (_, _) => ProcessGroup.Kill(id);
        process.EnableRaisingEvents = true;
        if (process.HasExited)
        {
            ProcessGroup.Kill(id);
        }
    }

    /// <summary>The process id (tests check that no process survives).</summary>
    public int Id => process.Id;

    /// <summary>
    /// Starts <paramref name="program"/>; <paramref name="role"/> names it in messages (<c>external scheduler</c>,
    /// <c>external policy</c>). The environment holds only PATH, HOME, TMPDIR (when set), LANG=C.UTF-8,
    /// EDGELEARNSIM_PROTOCOL and Python's PYTHONHASHSEED=0, PYTHONUNBUFFERED=1 and PYTHONDONTWRITEBYTECODE=1.
    /// </summary>
    public static ProgramProcess Start(ExternalProgram program, string role)
    {
        if (!Findable(program.Command[0]))
        {
            throw new ExternalProgramException($"{role} '{program.Label}' ({program.CommandLine}): cannot start: '{program.Command[0]}' is not a file and not on PATH");
        }
        var folder = Directory.CreateTempSubdirectory("edgelearnsim-external-").FullName;
        var (fileName, arguments) = ProcessGroup.Launch(program.Command);
        var start = new ProcessStartInfo
        {
            FileName = fileName,
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var word in arguments)
        {
            start.ArgumentList.Add(word);
        }
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "TMPDIR", "SYSTEMROOT" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["EDGELEARNSIM_PROTOCOL"] = ExternalProtocol.Version.ToString(CultureInfo.InvariantCulture);
        start.Environment["PYTHONHASHSEED"] = "0";
        start.Environment["PYTHONUNBUFFERED"] = "1";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            Directory.Delete(folder, recursive: true);
            throw new ExternalProgramException($"{role} '{program.Label}' ({program.CommandLine}): cannot start: {e.Message}", e);
        }
        return new ProgramProcess(program, role, process, folder);
    }

    /// <summary>Starts the watchdog for one call.</summary>
    public void BeginCall() => watchdog.Change(program.CallLimit, Timeout.InfiniteTimeSpan);

    /// <summary>Stops the watchdog; fails if it fired during the call.</summary>
    public void EndCall()
    {
        watchdog.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ThrowIfTimedOut();
    }

    /// <summary>Writes bytes to the program's stdin and flushes them.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        try
        {
            input.Write(bytes);
            input.Flush();
        }
        catch (IOException e)
        {
            throw Failure(timedOut ? TimeoutProblem : $"stopped reading its input ({ExitText()})", e);
        }
    }

    /// <summary>Closes the program's stdin (end of input).</summary>
    public void CloseInput()
    {
        try
        {
            input.Dispose();
        }
        catch (IOException)
        {
            // It exited without reading everything; its answer (or exit code) says whether that was wrong.
        }
    }

    /// <summary>
    /// The next line of stdout without its line break, at most <paramref name="maxBytes"/> long; null at end of
    /// output. Longer output fails the call (the program is killed).
    /// </summary>
    public ReadOnlyMemory<byte>? ReadLine(int maxBytes)
    {
        var scanned = bufferStart;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', scanned, bufferEnd - scanned);
            if (newline >= 0)
            {
                var line = new ReadOnlyMemory<byte>(buffer, bufferStart, newline - bufferStart);
                bufferStart = newline + 1;
                return line;
            }
            if (bufferEnd - bufferStart > maxBytes)
            {
                throw Failure(string.Create(CultureInfo.InvariantCulture, $"wrote a line longer than the limit of {maxBytes} bytes"));
            }
            scanned = bufferEnd;
            if (bufferEnd == buffer.Length)
            {
                var kept = bufferEnd - bufferStart;
                if (kept == buffer.Length)
                {
                    throw Failure(string.Create(CultureInfo.InvariantCulture, $"wrote a line longer than the limit of {Math.Min(maxBytes, buffer.Length)} bytes"));
                }
                Array.Copy(buffer, bufferStart, buffer, 0, kept);
                bufferStart = 0;
                bufferEnd = kept;
                scanned = kept;
            }
            outputReadiness?.WaitBriefly();
            var read = Read(buffer.AsSpan(bufferEnd));
            if (read == 0)
            {
                if (bufferEnd == bufferStart)
                {
                    return null;
                }
                var last = new ReadOnlyMemory<byte>(buffer, bufferStart, bufferEnd - bufferStart);
                bufferStart = bufferEnd;
                return last;
            }
            bufferEnd += read;
        }
    }

    /// <summary>
    /// After <see cref="CloseInputAndEnd"/>: what the program wrote that was not read yet, at most about
    /// <paramref name="maxBytes"/>. Where the pipe can be polled only what is there now is read, so a descendant
    /// that left the group and still holds the pipe cannot make this wait.
    /// </summary>
    public byte[] Leftover(int maxBytes)
    {
        using var rest = new MemoryStream();
        rest.Write(buffer, bufferStart, bufferEnd - bufferStart);
        bufferStart = bufferEnd;
        var chunk = new byte[4096];
        while (rest.Length <= maxBytes && (outputReadiness?.IsReadable() ?? true))
        {
            var read = Read(chunk);
            if (read == 0)
            {
                break;
            }
            rest.Write(chunk, 0, read);
        }
        return rest.ToArray();
    }

    /// <summary>All of stdout up to its end; more than <paramref name="maxBytes"/> fails the call (the program is killed).</summary>
    public byte[] ReadToEnd(long maxBytes)
    {
        using var all = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = Read(chunk)) > 0)
        {
            if (all.Length + read > maxBytes)
            {
                throw Failure(string.Create(CultureInfo.InvariantCulture, $"wrote more than the output limit of {maxBytes} bytes"));
            }
            all.Write(chunk, 0, read);
        }
        return all.ToArray();
    }

    /// <summary>
    /// Waits for the program to exit (the watchdog still applies), then kills what is left of its group: a child
    /// that inherited stdout would otherwise keep the output open after the program is done.
    /// </summary>
    public void WaitForExitAndEndGroup()
    {
        process.WaitForExit();
        ProcessGroup.Kill(process.Id);
    }

    /// <summary>Fails when the watchdog fired.</summary>
    public void ThrowIfTimedOut()
    {
        if (timedOut)
        {
            throw Failure(TimeoutProblem);
        }
    }

    /// <summary>After <see cref="WaitForExitAndEndGroup"/>: fails unless the program's exit code is 0.</summary>
    public void ThrowIfFailedExit()
    {
        if (process.ExitCode != 0)
        {
            throw Failure(string.Create(CultureInfo.InvariantCulture, $"exited with code {process.ExitCode}"));
        }
    }

    /// <summary>A one-line failure: the program, <paramref name="problem"/>, its stderr tail. Kills the process tree first.</summary>
    public ExternalProgramException Failure(string problem, Exception? inner = null)
    {
        Kill();
        var tail = stderr.Text(TimeSpan.FromMilliseconds(500));
        var message = $"{role} '{program.Label}' ({program.CommandLine}): {StderrTail.OneLine(problem)}; stderr: {(tail.Length == 0 ? "(empty)" : $"…{tail}")}";
        return inner is null ? new ExternalProgramException(message) : new ExternalProgramException(message, inner);
    }

    /// <summary>
    /// Closes stdin, gives the program 2 s to exit on its own, then kills whatever is left of its group and tree;
    /// what it wrote before stays readable, followed by the end of its output.
    /// </summary>
    public void CloseInputAndEnd()
    {
        CloseInput();
        process.WaitForExit(TimeSpan.FromSeconds(2));
        Kill();
    }

    /// <summary>Ends the program (<see cref="CloseInputAndEnd"/>) and deletes its working folder.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        watchdog.Dispose();
        CloseInputAndEnd();
        process.Dispose();
        try
        {
            Directory.Delete(workingFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A scratch folder the program keeps open is left for the system's temporary-file cleanup.
        }
    }

    private string TimeoutProblem => $"gave no answer within its safety net of {program.CallLimit.TotalSeconds.ToString("R", CultureInfo.InvariantCulture)} s per call (set 'seconds' in its entry)";

    private int Read(Span<byte> target)
    {
        try
        {
            return output.Read(target);
        }
        catch (IOException e)
        {
            throw Failure(timedOut ? TimeoutProblem : "its output broke off", e);
        }
    }

    private string ExitText()
    {
        if (!process.WaitForExit(TimeSpan.FromMilliseconds(500)))
        {
            return "still running";
        }
        return string.Create(CultureInfo.InvariantCulture, $"exit code {process.ExitCode}");
    }

    private void TimeOut()
    {
        timedOut = true;
        Kill();
    }

    private static bool Findable(string program) =>
        program.Contains('/', StringComparison.Ordinal)
            ? File.Exists(program)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(folder => File.Exists(Path.Combine(folder, program)) || (OperatingSystem.IsWindows() && File.Exists(Path.Combine(folder, program + ".exe"))));

    /// <summary>Kills the program's group and tree now (Ctrl-C, a failure, the watchdog).</summary>
    public void Kill()
    {
        ProcessGroup.Kill(process.Id);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
