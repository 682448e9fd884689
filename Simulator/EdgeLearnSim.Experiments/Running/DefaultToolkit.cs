using System.Collections.Concurrent;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Outages;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Solvers;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The tool's own composition: every registered scheduler (<see cref="SchedulerCatalog"/>), the instance
/// generator, the lower bound of SPEC §3 (<see cref="LowerBounds"/>) and the upload simulation, with the
/// scenario's simulation options mapped onto <see cref="SimulationSettings"/>.
/// </summary>
public static class DefaultToolkit
{
    // Trace files are read once per process, not once per cell.
    private static readonly ConcurrentDictionary<string, BandwidthTrace> BandwidthTraces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, OutageSchedule> OutageSchedules = new(StringComparer.Ordinal);

    public static ExperimentToolkit Create() => new(
        SchedulerCatalog.Default,
        InstanceGenerator.Generate,
        LowerBounds.Compute,
        Simulate,
        SimulateOnline,
        InstanceFolder.Write,
        SimulatePolicy);

    /// <summary>The simulator's settings for a scenario's <c>simulation:</c> section.</summary>
    public static SimulationSettings Settings(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SimulationSettings
        {
            Uplink = options.Policy,
            CompressionSecondsPerByte = options.CompressionSecondsPerByte,
            AccessBandwidthMbps = options.AccessBandwidthMbps,
            Bandwidth = options.BandwidthTraces is { } traces
                ? new BandwidthVariation
                {
                    Traces = [.. traces.Files.Select(f => BandwidthTraces.GetOrAdd(f, BandwidthTrace.Load))],
                    EndMode = traces.EndMode,
                    Scaling = traces.NormaliseToMean ? TraceScaling.NormaliseToMean : TraceScaling.Scale,
                    ScaleFactor = traces.Scale,
                }
                : null,
            Outages = options.Outages switch
            {
                { File: { } file } => new ScheduledOutages(OutageSchedules.GetOrAdd(file, OutageSchedule.Load)),
                { } random => new RandomOutages(random.MeanUpSeconds, random.MeanDownSeconds),
                null => null,
            },
            Redispatch = options.Outages?.Redispatch ?? RedispatchMode.Resume,
            Horizon = options.HorizonSeconds ?? double.PositiveInfinity,
        };
    }

    private static SimulationOutcome Simulate(EdgeLearningInstance instance, ScheduleResult schedule, SimulationOptions options, ulong seed) =>
        Outcome(instance, UploadSimulation.Run(instance, schedule, Settings(options), seed));

    private static SimulationOutcome SimulateOnline(EdgeLearningInstance instance, string policy, SimulationOptions options, ulong seed)
    {
        var online = SimulationNames.ParseOnlinePolicy(policy, "simulation.online_dispatch");
        return Outcome(instance, UploadSimulation.RunOnline(instance, online, Settings(options), seed));
    }

    private static SimulationOutcome SimulatePolicy(EdgeLearningInstance instance, IDispatchPolicy policy, SimulationOptions options, ulong seed) =>
        Outcome(instance, UploadSimulation.RunOnline(instance, policy, Settings(options), seed));

    private static SimulationOutcome Outcome(EdgeLearningInstance instance, Core.Simulation.Results.SimulationResult result)
    {
        var edgeOf = new int[instance.TaskCount];
        foreach (var task in result.Tasks)
        {
            edgeOf[task.Task] = task.Edge;
        }
        return new SimulationOutcome(result.SimulatedMakespan, result.BytesToCloud, result.RawBytes, edgeOf);
    }
}
