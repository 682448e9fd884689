using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.External;
using EdgeLearnSim.Solvers;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Cli.Composition;

/// <summary>
/// The tool's composition root: every registered scheduler (<see cref="SchedulerCatalog"/>), the instance generator,
/// the certified lower bounds of docs/model.md (<see cref="LowerBounds.Certify"/>), the upload simulation, the
/// instance folder writer, and external programs as schedulers and dispatch policies.
/// </summary>
internal static class DefaultToolkit
{
    /// <summary>The topologies, distributions, arrival processes, uplink and dispatch policies and instance bounds a scenario may name.</summary>
    public static ScenarioKinds Kinds { get; } = new() { Bounds = LowerBoundCatalog.Default };

    public static ExperimentToolkit Create() => new()
    {
        Schedulers = SchedulerCatalog.Default,
        Kinds = Kinds,
        GenerateInstance = InstanceGenerator.Generate,
        LowerBound = LowerBounds.Certify,
        Simulator = new EngineUploadSimulator(),
        SaveInstance = InstanceFolder.Write,
        ExternalScheduler = program => new ExternalScheduler(program),
        ExternalPolicy = program => new ExternalDispatchPolicy(program),
    };
}
