using System.Globalization;
using System.Text;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.External.Protocol;
using EdgeLearnSim.External.Supervision;

namespace EdgeLearnSim.External;

/// <summary>
/// An online dispatch policy that is an external program speaking the step protocol (docs/external-protocol.md)
/// over stdin/stdout JSON lines. <see cref="Reset"/> starts a fresh process (ending any earlier one) and sends
/// <c>reset</c>; each <see cref="Choose"/> sends <c>decide</c> and reads <c>{"edge": j}</c>, which must be one of
/// the offered edges that is up, or −1 when none is. <see cref="Finish"/> ends the run and fails on output no decision
/// asked for; <see cref="Dispose"/> closes its stdin and ends the process. Failures throw <see cref="DispatchPolicyException"/> wrapping an <see cref="ExternalProgramException"/>.
/// </summary>
public sealed class ExternalDispatchPolicy(ExternalProgram program) : IProgramDispatchPolicy
{
    private const string Role = "external policy";

    // A reply is {"edge": j}; anything near this long is not one.
    private const int ReplyLimit = 4096;

    private readonly StepMessages messages = new();
    private ProgramProcess? running;

    public string Name => program.Label;

    /// <summary>The running process's id, or null (tests check that none survives).</summary>
    public int? ProcessId => running?.Id;

    public void Reset(int tasks, int edges, ulong seed)
    {
        running?.Dispose();
        running = null;
        running = Guard(() => ProgramProcess.Start(program, Role));
        var process = running;
        Guard(() =>
        {
            process.BeginCall();
            process.Write(messages.Reset(program.Label, tasks, edges, seed));
            process.EndCall();
        });
    }

    public int Choose(DispatchDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var process = running ?? throw new InvalidOperationException("Reset must come before the first decision.");
        return Guard(() =>
        {
            process.BeginCall();
            process.Write(messages.Decide(decision));
            var line = process.ReadLine(ReplyLimit);
            process.EndCall();
            if (line is not { } reply)
            {
                throw process.Failure(string.Create(CultureInfo.InvariantCulture, $"closed its output before answering the decision for task {decision.Task} at t = {decision.Time:R} s"));
            }
            int edge;
            try
            {
                edge = StepReply.Read(reply);
            }
            catch (MalformedAnswerException e)
            {
                throw process.Failure($"answered '{Shorten(reply.Span)}' to the decision for task {decision.Task}: {e.Message}", e);
            }
            var offered = decision.Edges.Any(e => e.Edge == edge && e.Up);
            var anyUp = decision.Edges.Any(e => e.Up);
            if (!(offered || (edge == -1 && !anyUp)))
            {
                var upEdges = string.Join(' ', decision.Edges.Where(e => e.Up).Select(e => e.Edge.ToString(CultureInfo.InvariantCulture)));
                throw process.Failure(string.Create(
                    CultureInfo.InvariantCulture,
                    $"chose edge {edge} for task {decision.Task} at t = {decision.Time:R} s; its eligible edges that are up are [{upEdges}]{(anyUp ? "" : " (none: answer -1 to park it)")}"));
            }
            return edge;
        });
    }

    /// <summary>
    /// Ends the run after its last decision: closes the program's stdin, lets it exit (2 s, then its group is
    /// killed) and fails when it wrote a line no <c>decide</c> asked for, such as an answer to <c>reset</c> (which
    /// gets none). Such a line was read as the next decision's answer, so every answer after it was one off.
    /// </summary>
    public void Finish()
    {
        var process = running ?? throw new InvalidOperationException("Reset must come before Finish.");
        Guard(() =>
        {
            process.CloseInputAndEnd();
            var stray = process.Leftover(ReplyLimit);
            if (stray.Length > 0)
            {
                var line = stray.AsSpan(0, stray.AsSpan().IndexOf((byte)'\n') is var end and >= 0 ? end : stray.Length);
                throw process.Failure($"wrote '{Shorten(line)}', a line no decision asked for (reset gets no answer; each decide gets exactly one line)");
            }
        });
    }

    public void Dispose()
    {
        running?.Dispose();
        running = null;
        messages.Dispose();
    }

    private static string Shorten(ReadOnlySpan<byte> line) =>
        Encoding.UTF8.GetString(line[..Math.Min(line.Length, 80)]) + (line.Length > 80 ? "…" : "");

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ExternalProgramException e)
        {
            throw new DispatchPolicyException(e.Message, e);
        }
    }

    private static void Guard(Action call) => Guard(() =>
    {
        call();
        return 0;
    });
}
