using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// One hostile program per way of breaking the contract. Each call fails with one line naming the program, the
/// problem and the stderr tail, within the safety net, and neither the program nor the child it started survives.
/// </summary>
public sealed class HostileProgramTests : IDisposable
{
    private readonly string pidFile = Path.Combine(Path.GetTempPath(), $"els-hostile-{Guid.NewGuid():N}.pids");

    public void Dispose() => File.Delete(pidFile);

    [PythonFact]
    public void ExitsNonZero() => AssertFails("exit-nonzero", "exited with code 3");

    [PythonFact]
    public void PrintsNonJson() => AssertFails("not-json", "printed something that is not JSON");

    [PythonFact]
    public void AssignsATaskTwice() => AssertFails("twice", "placed task 0 twice in 'order'");

    [PythonFact]
    public void AssignsAnIneligibleEdge() => AssertFails("ineligible", "put task 0 on edge");

    [PythonFact]
    public void LeavesATaskOut() => AssertFails("left-out", "left task 0 out of 'order'");

    [PythonFact]
    public void SleepsPastTheSafetyNet()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        AssertFails("sleep", "gave no answer within its safety net of 2 s per call", seconds: 2);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [PythonFact]
    public void Writes100MegabytesToStdout() =>
        AssertFails("flood", $"wrote more than the output limit of {ExternalScheduler.OutputLimit(40)} bytes");

    [PythonFact]
    public void ClaimsABoundAboveItsOwnMakespan() => AssertFails("bound-above", "claimed a lower bound of 1E+300 above its own schedule's makespan");

    [PythonFact]
    public void ValidAnswer_KeepsTheClaimOutOfTheProvenBound()
    {
        var scheduler = new ExternalScheduler(Python.TestProgram("valid", 30, "hostile.py", "valid", pidFile));
        var result = scheduler.Schedule(Instance(), new SchedulerContext(1));
        Assert.Null(result.ProvenLowerBound);
        Assert.All(Processes.Read(pidFile), pid => Assert.True(Processes.IsGone(pid), $"process {pid} survived"));
    }

    [PythonFact]
    public void OnlinePolicy_ChoosingAnEdgeNotOffered_FailsTheRun() =>
        AssertPolicyFails("ineligible", "chose edge 999 for task");

    [PythonFact]
    public void OnlinePolicy_AnsweringNonJson_FailsTheRun() =>
        AssertPolicyFails("not-json", "answered 'edge three'");

    [PythonFact]
    public void OnlinePolicy_Hanging_IsKilledAtTheSafetyNet() =>
        AssertPolicyFails("sleep", "gave no answer within its safety net of 2 s per call", seconds: 2);

    [PythonFact]
    public void OnlinePolicy_Writing100Megabytes_IsCutAtTheReplyLimit() =>
        AssertPolicyFails("flood", "wrote a line longer than the limit of 4096 bytes");

    [PythonFact]
    public void OnlinePolicy_Crashing_FailsTheRun() =>
        AssertPolicyFails("exit-nonzero", "(closed its output before answering|stopped reading its input \\(exit code 4\\))");

    [Fact]
    public void MissingProgram_CannotStart()
    {
        var scheduler = new ExternalScheduler(new ExternalProgram("ghost", ["no-such-program-anywhere"]));
        var error = Assert.Throws<ExternalProgramException>(() => scheduler.Schedule(Instance(), new SchedulerContext(1)));
        Assert.Contains("external scheduler 'ghost' (no-such-program-anywhere): cannot start", error.Message, StringComparison.Ordinal);
    }

    /// <summary>One-to-one with n = 40 on m = 5: task 0 has a non-eligible edge for the ineligible case.</summary>
    internal static EdgeLearningInstance Instance() =>
        InstanceGenerator.Generate(new InstanceSpec { Tasks = 40, Edges = 5, Topology = new OneToOneTopology(0.8) }, 3);

    private void AssertFails(string mode, string problem, double seconds = 30)
    {
        var scheduler = new ExternalScheduler(Python.TestProgram($"hostile-{mode}", seconds, "hostile.py", mode, pidFile));
        var instance = Instance();
        var error = Assert.Throws<ExternalProgramException>(() => scheduler.Schedule(instance, new SchedulerContext(1)));
        AssertOneLine(error.Message, $"external scheduler 'hostile-{mode}' (python3 ", problem);
        Assert.Contains($"stderr: …hostile: mode {mode} on 40 tasks", error.Message, StringComparison.Ordinal);
        var pids = Processes.Read(pidFile);
        Assert.Equal(2, pids.Length);
        Assert.All(pids, pid => Assert.True(Processes.IsGone(pid), $"process {pid} survived"));
    }

    private void AssertPolicyFails(string mode, string problem, double seconds = 30)
    {
        var instance = Instance();
        using var policy = new ExternalDispatchPolicy(Python.TestProgram($"hostile-{mode}", seconds, "hostile_policy.py", mode, pidFile));
        var error = Assert.Throws<DispatchPolicyException>(() => UploadSimulation.RunOnline(instance, policy, new SimulationSettings(), 1));
        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith($"external policy 'hostile-{mode}' (python3 ", error.Message, StringComparison.Ordinal);
        Assert.Matches(problem, error.Message);
        policy.Dispose();
        var pids = Processes.Read(pidFile);
        Assert.Equal(2, pids.Length);
        Assert.All(pids, pid => Assert.True(Processes.IsGone(pid), $"process {pid} survived"));
    }

    private static void AssertOneLine(string message, string start, string problem)
    {
        Assert.DoesNotContain('\n', message);
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.Contains("; stderr: ", message, StringComparison.Ordinal);
    }
}
