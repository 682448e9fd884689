using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.Core.Programs;

/// <summary>
/// An online dispatch policy that runs as another program (<see cref="ExternalProgram"/>): one per run, disposed
/// when the run ends, which ends the program.
/// </summary>
public interface IProgramDispatchPolicy : IDispatchPolicy, IDisposable
{
    /// <summary>
    /// Ends the program after the run's last decision and throws when it wrote an answer no decision asked for:
    /// every answer after such a line was one off, so the run does not count.
    /// </summary>
    void Finish();
}
