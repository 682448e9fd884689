using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.External.Protocol;
using EdgeLearnSim.External.Supervision;

namespace EdgeLearnSim.External;

/// <summary>
/// An offline scheduler that is an external program (docs/external-protocol.md): one process per call, the
/// instance as JSON on its stdin, the schedule as JSON on its stdout. The answer is checked (each task exactly once,
/// on an eligible edge) and its makespan recomputed here; a bound it claims becomes
/// <see cref="ScheduleResult.ClaimedLowerBound"/>, never a proven one. Any failure throws
/// <see cref="ExternalProgramException"/> with no process left behind.
/// </summary>
public sealed class ExternalScheduler(ExternalProgram program) : IScheduler
{
    private const string Role = "external scheduler";

    public string Name => program.Label;

    /// <summary>The output limit for an instance of <paramref name="tasks"/> tasks: 1 MiB plus 64 bytes per task.</summary>
    public static long OutputLimit(int tasks) => (1L << 20) + (64L * tasks);

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var request = ScheduleRequest.Write(instance, program.Label, context.Seed, program.CallLimit);
        using var running = ProgramProcess.Start(program, Role);
        using var cancel = context.Cancellation.Register(running.Kill);
        running.BeginCall();
        var writer = Task.Run(() =>
        {
            try
            {
                running.Write(request);
            }
            finally
            {
                running.CloseInput();
            }
        });
        var reader = Task.Run(() => running.ReadToEnd(OutputLimit(instance.TaskCount)));
        running.WaitForExitAndEndGroup();
        context.Cancellation.ThrowIfCancellationRequested();
        running.ThrowIfTimedOut();
        // An over-long output is the first thing to report: the kill it caused also set the exit code.
        var answer = reader.GetAwaiter().GetResult();
        running.ThrowIfFailedExit();
        WaitForWriter(writer);
        running.EndCall();
        try
        {
            return ScheduleReply.Read(instance, answer);
        }
        catch (MalformedAnswerException e)
        {
            throw running.Failure(e.Message, e);
        }
    }

    private static void WaitForWriter(Task writer)
    {
        try
        {
            writer.GetAwaiter().GetResult();
        }
        catch (ExternalProgramException)
        {
            // It exited with code 0 without reading all its input: its answer is judged on its own.
        }
    }
}
