using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Programs;
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

    /// <summary>
    /// Valid JSON that is no schedule, one answer per way of getting a field wrong: the line names the field and
    /// what was found. <c>{a0}</c> stands for the first eligible edge of task 0, where the program put it.
    /// </summary>
    [PythonTheory]
    [InlineData("silent", "printed nothing; expected one JSON object")]
    [InlineData("not-object", "answered with an array of 1; expected a JSON object")]
    [InlineData("no-assignment", "answered without 'assignment' or 'order'")]
    [InlineData("duplicate-field", "printed something that is not JSON (Duplicate property 'assignment'")]
    [InlineData("string-edges", "'assignment' entry 0 (the edge of task 0) is \"{a0}\" (a string); expected an edge index 0..4")]
    [InlineData("null-assignment", "'assignment' is null; expected an array of 40 edge indices (one per task)")]
    [InlineData("null-edge", "'assignment' entry 0 (the edge of task 0) is null; expected an edge index 0..4")]
    [InlineData("nested-edges", "'assignment' entry 0 (the edge of task 0) is an array of 1; expected an edge index 0..4")]
    [InlineData("boolean-edge", "'assignment' entry 0 (the edge of task 0) is true (a boolean); expected an edge index 0..4")]
    [InlineData("fractional-edge", "'assignment' entry 0 (the edge of task 0) is {a0}.5; expected an edge index 0..4")]
    [InlineData("edge-out-of-range", "'assignment' entry 0 (the edge of task 0) is 5; expected an edge index 0..4")]
    [InlineData("short-assignment", "'assignment' is an array of 39; expected an array of 40 edge indices (one per task)")]
    [InlineData("order-not-arrays", "'order' entry 0 is 0; expected an array of task indices")]
    [InlineData("order-strings", "'order' entry {a0} (the tasks of edge {a0}) lists \"0\" (a string); expected a task index 0..39")]
    [InlineData("order-task-out-of-range", "'order' entry {a0} (the tasks of edge {a0}) lists 40; expected a task index 0..39")]
    [InlineData("bound-string", "'lower_bound' is \"0.5\" (a string); expected a finite number ≥ 0 or null")]
    [InlineData("bound-negative", "'lower_bound' is -1; expected a finite number ≥ 0 or null")]
    public void MalformedAnswer_NamesTheFieldAndWhatWasFound(string mode, string problem)
    {
        var firstEdge = Instance().EligibleEdges(0)[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        AssertFails(mode, problem.Replace("{a0}", firstEdge, StringComparison.Ordinal));
    }

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

    /// <summary>Reply lines that are JSON but not <c>{"edge": j}</c>, one per way of getting it wrong.</summary>
    [PythonTheory]
    [InlineData("empty-line", "answered '' to the decision for task \\d+: printed nothing; expected one JSON object")]
    [InlineData("not-object", "answered '\\[0]' to the decision for task \\d+: answered with an array of 1; expected a JSON object")]
    [InlineData("no-edge", "answered '\\{\"choice\": 0}' to the decision for task \\d+: answered without 'edge'")]
    [InlineData("duplicate-field", ": printed something that is not JSON \\(Duplicate property 'edge'")]
    [InlineData("string-edge", ": 'edge' is \"0\" \\(a string\\); expected an edge index \\(an integer, or -1 to park the task\\)")]
    [InlineData("null-edge", ": 'edge' is null; expected an edge index")]
    [InlineData("nested-edge", ": 'edge' is an array of 1; expected an edge index")]
    [InlineData("boolean-edge", ": 'edge' is true \\(a boolean\\); expected an edge index")]
    [InlineData("fractional-edge", ": 'edge' is 0.5; expected an edge index")]
    [InlineData("edge-below-minus-one", ": 'edge' is -2; expected an edge index")]
    public void OnlinePolicy_MalformedReply_NamesTheFieldAndWhatWasFound(string mode, string problem) =>
        AssertPolicyFails(mode, problem);

    [PythonFact]
    public void OnlinePolicy_AnsweringReset_FailsWhenTheRunEnds()
    {
        // Fully connected without outages, so the answers read one decision late are still valid ones.
        var instance = InstanceGenerator.Generate(new InstanceSpec { Tasks = 20, Edges = 3 }, 3);
        using var policy = new ExternalDispatchPolicy(Python.TestProgram("hostile-answers-reset", 30, "hostile_policy.py", "answers-reset", pidFile));
        UploadSimulation.RunOnline(instance, policy, new SimulationSettings(), 1);

        var error = Assert.Throws<DispatchPolicyException>(policy.Finish);

        AssertOneLine(error.Message, "external policy 'hostile-answers-reset' (python3 ", "wrote '{\"edge\": 0}', a line no decision asked for (reset gets no answer");
        Assert.Contains("stderr: …hostile policy: mode answers-reset", error.Message, StringComparison.Ordinal);
        AssertNoneSurvives(policy);
    }

    [PythonFact]
    public void OnlinePolicy_Finish_DoesNotWaitForADescendantThatLeftTheGroup()
    {
        var instance = InstanceGenerator.Generate(new InstanceSpec { Tasks = 20, Edges = 3 }, 3);
        using var policy = new ExternalDispatchPolicy(Python.TestProgram("escaped", 30, "hostile_policy.py", "escaped-child", pidFile));
        UploadSimulation.RunOnline(instance, policy, new SimulationSettings(), 1);
        var escaped = Processes.Read(pidFile)[2];
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            policy.Finish();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Finish took {clock.Elapsed}");
        }
        finally
        {
            using var process = System.Diagnostics.Process.GetProcessById(escaped);
            process.Kill();
        }
    }

    [PythonTheory]
    [InlineData("least_loaded_policy.py")]
    [InlineData("bandit_policy.py")]
    public void OnlinePolicy_Finish_AfterTheExamplesRun_Passes(string example)
    {
        var instance = InstanceGenerator.Generate(new InstanceSpec { Tasks = 20, Edges = 3 }, 3);
        using var policy = new ExternalDispatchPolicy(Python.Example("py-example", example));
        var result = UploadSimulation.RunOnline(instance, policy, new SimulationSettings(), 1);

        policy.Finish();

        Assert.Equal(20, result.Tasks.Count);
        Assert.Equal(0, result.TasksLost);
    }

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
        Assert.Contains($"; stderr: …hostile policy: mode {mode}", error.Message, StringComparison.Ordinal);
        AssertNoneSurvives(policy);
    }

    private void AssertNoneSurvives(ExternalDispatchPolicy policy)
    {
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
