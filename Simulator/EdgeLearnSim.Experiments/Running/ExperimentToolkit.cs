using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The pieces a batch run composes, injected so tests can run the pipeline with small stand-ins. The tool's
/// own composition lives in the CLI.
/// </summary>
public sealed record ExperimentToolkit
{
    /// <summary>Registry that scenario scheduler names resolve against.</summary>
    public required SchedulerRegistry Schedulers { get; init; }

    /// <summary>The topologies, distributions, arrival processes and bounds a scenario may name.</summary>
    public ScenarioKinds Kinds { get; init; } = ScenarioKinds.BuiltIn;

    /// <summary>Draws a cell's instance from its spec and instance seed (deterministic).</summary>
    public required Func<InstanceSpec, ulong, EdgeLearningInstance> GenerateInstance { get; init; }

    /// <summary>
    /// A certified lower bound on the optimal weighted makespan (docs/model.md, "Lower bounds") from the bounds named by the
    /// scenario's <c>bounds:</c> list (null: the default for the instance's size).
    /// </summary>
    public required Func<ISchedulingInstance, IReadOnlyList<string>?, CertifiedBound> LowerBound { get; init; }

    /// <summary>Simulates a run's uploads, whether an offline schedule or an online dispatch policy places its tasks.</summary>
    public required IUploadSimulator Simulator { get; init; }

    /// <summary>Writes an instance in the project's folder format into a folder; null when unavailable.</summary>
    public Action<EdgeLearningInstance, string>? SaveInstance { get; init; }

    /// <summary>The scheduler that an external program of a scenario's <c>schedulers:</c> list is; null when unavailable.</summary>
    public Func<ExternalProgram, IScheduler>? ExternalScheduler { get; init; }

    /// <summary>A fresh dispatch policy for an external program of a scenario's online policies; null when unavailable.</summary>
    public Func<ExternalProgram, IProgramDispatchPolicy>? ExternalPolicy { get; init; }
}
