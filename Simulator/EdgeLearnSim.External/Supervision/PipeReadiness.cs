using System.Diagnostics;
using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace EdgeLearnSim.External.Supervision;

/// <summary>
/// Waits a short while for a pipe to become readable by polling it instead of sleeping in read(2). A step-protocol
/// answer usually arrives within tens of microseconds, and on a virtual machine the wake-up of a blocked reader
/// costs about as much again: measured here, a Python ping-pong over pipes makes 8,500 round trips/s when both
/// ends block and 27,000/s when the waiting end polls. After <see cref="Window"/> the caller falls back to a
/// blocking read. Spinning pays only while the program runs on another core: when both share one (a busy machine)
/// or the program takes longer than the window, the spin holds a core for nothing. So a wait that outlasts the
/// window makes the next waits return at once, for a count that doubles with each such wait in a row (up to
/// <see cref="MaxSkippedWaits"/>) and resets after a wait the window caught; examples/python/edgelearnsim_step.py
/// waits the same way. Only where poll(2) exists (Linux, macOS) and the stream is a pipe; elsewhere
/// <see cref="WaitBriefly"/> returns at once. Speed only: no result depends on it.
/// </summary>
internal sealed partial class PipeReadiness
{
    private const short PollIn = 0x1;

    private const int MaxSkippedWaits = 1024;

    private static readonly long Window = Stopwatch.Frequency / 2000; // 0.5 ms

    private readonly int descriptor;
    private int skippedWaits;
    private int backoff = 1;

    private PipeReadiness(int descriptor) => this.descriptor = descriptor;

    /// <summary>The readiness check of <paramref name="stream"/>, or null where none is possible.</summary>
    public static PipeReadiness? For(Stream stream) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && stream is PipeStream pipe
            ? new PipeReadiness((int)pipe.SafePipeHandle.DangerousGetHandle())
            : null;

    /// <summary>The readiness check of an inherited file descriptor (0: this process's stdin), or null where none is possible.</summary>
    public static PipeReadiness? ForDescriptor(int descriptor) =>
        OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? new PipeReadiness(descriptor) : null;

    /// <summary>Returns once the pipe has data (or its end), after the spin window, or at once while backing off.</summary>
    public void WaitBriefly()
    {
        if (skippedWaits > 0)
        {
            skippedWaits--;
            return;
        }
        var start = Stopwatch.GetTimestamp();
        var poll = new PollDescriptor { Descriptor = descriptor, Events = PollIn };
        do
        {
            poll.Returned = 0;
            // Any returned event (data, hang-up, error) means read(2) will not block.
            if (Poll(ref poll, 1, 0) != 0)
            {
                backoff = 1;
                return;
            }
            Thread.SpinWait(20);
        }
        while (Stopwatch.GetTimestamp() - start < Window);
        skippedWaits = backoff;
        backoff = Math.Min(2 * backoff, MaxSkippedWaits);
    }

    /// <summary>True when a read will not block now: data, the pipe's end or an error is there.</summary>
    public bool IsReadable()
    {
        var poll = new PollDescriptor { Descriptor = descriptor, Events = PollIn };
        return Poll(ref poll, 1, 0) != 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short Returned;
    }

    [LibraryImport("libc", EntryPoint = "poll")]
    private static partial int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
}
