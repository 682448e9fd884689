using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// One scheduler or policy that failed in a cell (<see cref="Label"/>), or the whole cell when <see cref="Label"/> is
/// <see cref="WholeCell"/> (its instance could not be drawn or bounded). <see cref="Message"/> is one line.
/// </summary>
public sealed record RunFailure(string Label, string Message)
{
    /// <summary>The label of a failure that cost the whole cell.</summary>
    public const string WholeCell = "*";

    /// <summary>
    /// The failure of <paramref name="label"/> from its exception: errors that already read as one line for the user
    /// (bad input, an external program's contract, a dispatch policy's) keep their message; anything else is prefixed
    /// by its type.
    /// </summary>
    public static RunFailure Of(string label, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error switch
        {
            ExternalProgramException or InvalidInputException or DispatchPolicyException => error.Message,
            _ => $"{error.GetType().Name}: {error.Message}",
        };
        return new RunFailure(label, message.ReplaceLineEndings(" "));
    }
}
