using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Outages;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Core.Simulation.Stations;
using EdgeLearnSim.Engine;
using MathNet.Numerics.Statistics;

namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// One upload simulation on the engine: a release process hands tasks to edges, each edge runs its access link,
/// compressor and uplink, outage processes take edges down and up, and displaced tasks are re-dispatched. Every online
/// decision (release, re-dispatch, a parked task's edge coming back) goes to one <see cref="IDispatchPolicy"/>; offline
/// runs re-dispatch by least expected finish. The run ends when the last upload ends.
/// </summary>
internal sealed class UploadRun : IOutageTarget
{
    // Re-dispatched tasks queue behind every task of the scheduler's order.
    private const long RedispatchKeyBase = 1L << 40;

    private readonly EdgeLearningInstance instance;
    private readonly SimulationSettings settings;
    private readonly SimulationEnvironment environment;
    private readonly EdgeNode[] nodes;
    private readonly TaskState[] states;
    private readonly TaskProgress[] tasks;
    private readonly int[]? assignedEdge;
    private readonly IDispatchPolicy dispatch;
    private readonly List<EdgeObservation> observations = [];
    private readonly List<TaskProgress> waiting = [];
    private readonly Event stop;
    private readonly int[] completionEvents;
    private readonly TimelineRecorder? timeline;
    private long nextKey;
    private int completed;
    private int redispatched;
    private string? stallMessage;

    private UploadRun(EdgeLearningInstance instance, SimulationSettings settings, ulong seed, int[]? assignedEdge, long[]? queueKeys, IDispatchPolicy? onlinePolicy)
    {
        settings.Validate();
        settings.Outages?.Validate(instance.EdgeCount);
        this.instance = instance;
        this.settings = settings;
        this.assignedEdge = assignedEdge;
        dispatch = onlinePolicy ?? new LeastExpectedFinishPolicy();
        environment = new SimulationEnvironment(seed);
        stop = environment.Event();
        nodes = new EdgeNode[instance.EdgeCount];
        for (var j = 0; j < nodes.Length; j++)
        {
            var mbps = instance.Edges[j].BandwidthMbps;
            IRateProfile profile = settings.Bandwidth is { } variation ? variation.ProfileFor(j, mbps) : new ConstantRate(mbps);
            nodes[j] = new EdgeNode(this, environment, instance.Edges[j], profile, settings.Uplink);
            if (settings.UtilisationBinSeconds is { } width)
            {
                nodes[j].Uplink.Bins = new BusyTimeBins(width);
            }
        }
        // The instance's columns, not its per-task records, which it builds afresh on every access.
        var releases = instance.ReleaseTimes;
        var records = instance.Records;
        var recordBytes = instance.RecordBytes;
        var ratios = instance.BestRatios;
        states = new TaskState[instance.TaskCount];
        tasks = new TaskProgress[instance.TaskCount];
        completionEvents = new int[instance.TaskCount];
        for (var i = 0; i < tasks.Length; i++)
        {
            var release = releases[i];
            if (!(release >= 0) || !double.IsFinite(release))
            {
                throw new ArgumentException($"Task {i} has release time {release}; expected a finite number ≥ 0.", nameof(instance));
            }
            var raw = records[i] * recordBytes[i];
            TaskProgress.Initialise(states, i, release, raw, raw * ratios[i], instance.DeviceUplinkOf(i), queueKeys?[i] ?? 0);
            tasks[i] = new TaskProgress(states, i);
        }
        nextKey = assignedEdge is null ? 0 : RedispatchKeyBase;
        timeline = settings.TimelineStepSeconds is { } step ? new TimelineRecorder(environment, nodes, step) : null;
        dispatch.Reset(instance.TaskCount, instance.EdgeCount, seed);
    }

    /// <summary>Simulates a given assignment and per-edge order.</summary>
    public static SimulationResult RunOffline(EdgeLearningInstance instance, IReadOnlyList<int> edgeOf, IReadOnlyList<IReadOnlyList<int>> edgeOrder, SimulationSettings settings, ulong seed)
    {
        var queueKeys = PositionsInOrder(instance, edgeOf, edgeOrder);
        return new UploadRun(instance, settings, seed, [.. edgeOf], queueKeys, onlinePolicy: null).Execute();
    }

    /// <summary>Simulates dispatch by <paramref name="policy"/> at release and at every re-dispatch.</summary>
    public static SimulationResult RunOnline(EdgeLearningInstance instance, IDispatchPolicy policy, SimulationSettings settings, ulong seed) =>
        new UploadRun(instance, settings, seed, null, null, policy).Execute();

    /// <summary>A displaced task (its edge went down, or it reached an edge that was down) goes elsewhere.</summary>
    public void Redispatch(TaskProgress task)
    {
        task.Redispatches++;
        redispatched++;
        task.EnterPhase(TaskPhase.Access, environment.Now);
        if (settings.Redispatch == RedispatchMode.Restart)
        {
            task.Restart();
        }
        task.QueueKey = nextKey++;
        Place(task, Decide(task, redispatch: true));
    }

    /// <summary>
    /// Records one completion event. A repeated one is counted (<see cref="SimulationResult.TasksDuplicated"/>) rather
    /// than thrown, so the caller sees it in the result; the first one alone finishes the task.
    /// </summary>
    public void Complete(TaskProgress task, EdgeNode node)
    {
        completionEvents[task.Id]++;
        if (task.IsDone)
        {
            return;
        }
        if (task.Edge != node.Id)
        {
            throw new InvalidOperationException($"Task {task.Id} completed on edge {node.Id} instead of {task.Edge}.");
        }
        task.IsDone = true;
        task.UploadEnd = environment.Now;
        completed++;
        if (completed == tasks.Length)
        {
            Stop();
        }
    }

    public void Stall(EdgeNode node, ServiceStage stage, double work)
    {
        var (what, unit) = stage == ServiceStage.Upload ? ("uplink bandwidth", "Mbit") : ("compression rate", "s");
        stallMessage ??= string.Create(
            CultureInfo.InvariantCulture,
            $"Edge {node.Id}'s {what} falls to 0 for ever before the {work:R} {unit} of work waiting there can be done (seen at t = {environment.Now:R} s); the run can never finish.");
        Stop();
    }

    private static long[] PositionsInOrder(EdgeLearningInstance instance, IReadOnlyList<int> edgeOf, IReadOnlyList<IReadOnlyList<int>> edgeOrder)
    {
        if (edgeOf.Count != instance.TaskCount)
        {
            throw new ArgumentException($"The schedule places {edgeOf.Count} tasks; the instance has {instance.TaskCount}.", nameof(edgeOf));
        }
        _ = Scheduling.Assignments.Loads(instance, edgeOf);
        if (edgeOrder.Count != instance.EdgeCount)
        {
            throw new ArgumentException($"The schedule orders {edgeOrder.Count} edges; the instance has {instance.EdgeCount}.", nameof(edgeOrder));
        }
        var keys = new long[instance.TaskCount];
        Array.Fill(keys, -1L);
        for (var j = 0; j < edgeOrder.Count; j++)
        {
            for (var position = 0; position < edgeOrder[j].Count; position++)
            {
                var i = edgeOrder[j][position];
                if (i < 0 || i >= keys.Length || edgeOf[i] != j || keys[i] >= 0)
                {
                    throw new ArgumentException($"Edge {j}'s order lists task {i}, which is not one of its tasks or is listed twice.", nameof(edgeOrder));
                }
                keys[i] = position;
            }
        }
        var missing = Array.IndexOf(keys, -1L);
        if (missing >= 0)
        {
            throw new ArgumentException($"Task {missing} is missing from its edge's order.", nameof(edgeOrder));
        }
        return keys;
    }

    private SimulationResult Execute()
    {
        if (tasks.Length > 0)
        {
            settings.Outages?.Start(this);
            environment.Process(Releases(), "releases");
            timeline?.Start();
            if (double.IsFinite(settings.Horizon))
            {
                environment.Timeout(settings.Horizon).AddCallback(_ => Stop());
            }
            var maxEvents = settings.MaxEvents ?? ((1000L * (tasks.Length + nodes.Length)) + 1_000_000);
            while (!stop.IsProcessed && environment.ProcessedEventCount < maxEvents)
            {
                if (!environment.Step())
                {
                    throw new InvalidOperationException($"The engine ran out of events with {tasks.Length - completed} tasks unfinished and no stall detected.");
                }
            }
        }
        if (stallMessage is not null)
        {
            throw new SimulationStalledException(stallMessage);
        }
        if (completed < tasks.Length)
        {
            var limit = stop.IsProcessed
                ? string.Create(CultureInfo.InvariantCulture, $"its horizon of {settings.Horizon:R} s")
                : string.Create(CultureInfo.InvariantCulture, $"its limit of {environment.ProcessedEventCount} events at t = {environment.Now:R} s");
            throw new SimulationIncompleteException($"The run reached {limit} with {tasks.Length - completed} of {tasks.Length} tasks unfinished.");
        }
        return BuildResult();
    }

    private IEnumerable<Event> Releases()
    {
        foreach (var task in ReleaseOrder())
        {
            var release = task.Release;
            if (release > environment.Now)
            {
                yield return environment.Timeout(release - environment.Now);
            }
            if (assignedEdge is not null)
            {
                Send(task, assignedEdge[task.Id]);
            }
            else
            {
                task.QueueKey = nextKey++;
                Place(task, Decide(task, redispatch: false));
            }
        }
    }

    private TaskProgress[] ReleaseOrder()
    {
        var ordered = true;
        for (var i = 1; i < tasks.Length && ordered; i++)
        {
            ordered = tasks[i].Release >= tasks[i - 1].Release;
        }
        if (ordered)
        {
            return tasks;
        }
        var byRelease = (TaskProgress[])tasks.Clone();
        Array.Sort(byRelease, (a, b) =>
        {
            var byTime = a.Release.CompareTo(b.Release);
            return byTime != 0 ? byTime : a.Id.CompareTo(b.Id);
        });
        return byRelease;
    }

    /// <summary>Sends the task to <paramref name="edge"/>, or parks it until an eligible edge is up when edge is −1.</summary>
    private void Place(TaskProgress task, int edge)
    {
        if (edge < 0)
        {
            task.Edge = -1;
            waiting.Add(task);
            return;
        }
        Send(task, edge);
    }

    private void Send(TaskProgress task, int edge)
    {
        task.Edge = edge;
        nodes[edge].Receive(task);
    }

    /// <summary>The policy's edge for the task (−1: park it), checked against what the decision offered.</summary>
    private int Decide(TaskProgress task, bool redispatch)
    {
        observations.Clear();
        var now = environment.Now;
        var anyUp = false;
        foreach (var j in instance.EligibleEdges(task.Id))
        {
            var node = nodes[j];
            anyUp |= node.IsUp;
            observations.Add(new EdgeObservation(
                j, node.Uplink.Profile.MeanRate, node.Uplink.Profile.RateAt(now), node.Uplink.Backlog(now),
                node.Compressor?.Backlog(now) ?? 0, node.IsUp)
            {
                AccessBacklogMegabits = node.Access.Backlog(now),
                AccessCapacityMbps = node.Access.CapacityMbps,
                Cores = node.Compressor?.Cores ?? instance.Edges[j].Cores,
                CompressionSecondsPerByte = node.Compressor?.SecondsPerByte ?? 0,
            });
        }
        // The whole raw data goes again (a displaced task re-sends it); compression left is per byte, so seconds differ per edge.
        var edge = dispatch.Choose(new DispatchDecision(now, task.Id, task.RemainingMegabits, SlowestCompressionSeconds(task), redispatch, observations)
        {
            RawMegabits = 8.0 * task.RawBytes / 1e6,
            CompressionBytes = task.RemainingCompressionBytes,
            DeviceUplinkMbps = task.DeviceMbps,
        });
        var valid = edge < 0 ? edge == -1 && !anyUp : observations.Exists(o => o.Edge == edge && o.Up);
        if (!valid)
        {
            throw new DispatchPolicyException(string.Create(
                CultureInfo.InvariantCulture,
                $"Dispatch policy '{dispatch.Name}' chose edge {edge} for task {task.Id} at t = {now:R} s; expected an eligible edge that is up{(anyUp ? "" : ", or -1 while none is")}."));
        }
        return edge;
    }

    /// <summary>
    /// The task's compression seconds on one core of its slowest eligible edge: the exact figure where all compress
    /// at one speed (0 where none compresses, as before the pipeline); per-edge speeds are in the observations.
    /// </summary>
    private double SlowestCompressionSeconds(TaskProgress task)
    {
        var perByte = 0.0;
        foreach (var observation in observations)
        {
            perByte = Math.Max(perByte, observation.CompressionSecondsPerByte);
        }
        return perByte == 0 ? 0 : task.RemainingCompressionBytes * perByte;
    }

    SimulationEnvironment IOutageTarget.Environment => environment;

    int IOutageTarget.EdgeCount => nodes.Length;

    void IOutageTarget.Fail(int edge) => Fail(nodes[edge]);

    void IOutageTarget.Recover(int edge) => Recover(nodes[edge]);

    private void Fail(EdgeNode node)
    {
        foreach (var task in node.GoDown())
        {
            Redispatch(task);
        }
    }

    private void Recover(EdgeNode node)
    {
        node.GoUp();
        if (waiting.Count == 0)
        {
            return;
        }
        var parked = waiting.ToArray();
        waiting.Clear();
        foreach (var task in parked)
        {
            Place(task, Decide(task, redispatch: true));
        }
    }

    private void Stop()
    {
        if (!stop.IsTriggered)
        {
            stop.Succeed();
        }
    }

    /// <summary>The linear power model integrated exactly: watts × sending (busy) seconds + watts per Mbps × megabits sent.</summary>
    private EnergyUse MeasureEnergy()
    {
        var model = settings.Energy;
        double device = 0, edge = 0, uplink = 0;
        foreach (var node in nodes)
        {
            device += (model.DeviceWatts * node.Access.DeviceSeconds) + (model.DeviceWattsPerMbps * (node.Access.DeviceMegabits + node.InstantMegabits));
            edge += model.EdgeCoreWatts * (node.Compressor?.BusyCoreSeconds ?? 0);
            uplink += (model.UplinkWatts * node.Uplink.BusyTime) + (model.UplinkWattsPerMbps * node.Uplink.WorkDone);
        }
        return new EnergyUse(device, edge, uplink);
    }

    private SimulationResult BuildResult()
    {
        var records = new TaskRecord[tasks.Length];
        var completionTimes = new double[tasks.Length];
        var finish = new double[nodes.Length];
        var weightedLoad = new double[nodes.Length];
        var completedOn = new int[nodes.Length];
        double makespan = 0, rawBytes = 0, accessSum = 0, compressionSum = 0, uploadSum = 0;
        var weightedSizes = instance.WeightedSizes;
        foreach (var task in tasks)
        {
            var i = task.Id;
            var j = task.Edge;
            records[i] = new TaskRecord(
                i, j, task.Release, task.Start, task.CompressionEnd, task.UploadStart, task.UploadEnd,
                task.CompressedBytes, 8.0 * task.CompressedBytes / (weightedSizes[i] * 1e6), task.Redispatches)
            {
                AccessStart = task.AccessStart,
                Arrival = task.Arrival,
                Core = task.Core,
                AccessTime = task.AccessTime,
                CompressionTime = task.CompressionTime,
                UploadTime = task.UploadTime,
            };
            accessSum += task.AccessTime;
            compressionSum += task.CompressionTime;
            uploadSum += task.UploadTime;
            completionTimes[i] = task.UploadEnd - task.Release;
            weightedLoad[j] += instance.ProcessingTime(i, j);
            finish[j] = Math.Max(finish[j], task.UploadEnd);
            completedOn[j]++;
            makespan = Math.Max(makespan, task.UploadEnd);
            rawBytes += task.RawBytes;
        }
        var edges = new EdgeRecord[nodes.Length];
        double bytesToCloud = 0;
        foreach (var node in nodes)
        {
            var j = node.Id;
            var bytes = node.Uplink.WorkDone * 1e6 / 8.0;
            bytesToCloud += bytes;
            edges[j] = new EdgeRecord(
                j, node.Uplink.BusyTime, bytes, completedOn[j],
                makespan > 0 ? node.Uplink.BusyTime / makespan : 0,
                node.DownTimeUntil(environment.Now), finish[j], weightedLoad[j]);
        }
        var mean = tasks.Length == 0 ? 0 : completionTimes.Average();
        // Nearest rank: the ⌈q·n⌉-th smallest, found by selection in O(n) (reorders the array).
        var p50 = tasks.Length == 0 ? 0 : ArrayStatistics.OrderStatisticInplace(completionTimes, (int)Math.Ceiling(0.5 * tasks.Length));
        var p95 = tasks.Length == 0 ? 0 : ArrayStatistics.OrderStatisticInplace(completionTimes, (int)Math.Ceiling(0.95 * tasks.Length));
        return new SimulationResult
        {
            Tasks = records,
            Edges = edges,
            WeightedMakespan = weightedLoad.Length == 0 ? 0 : weightedLoad.Max(),
            SimulatedMakespan = makespan,
            MeanCompletionTime = mean,
            P50CompletionTime = p50,
            P95CompletionTime = p95,
            MeanAccessTime = tasks.Length == 0 ? 0 : accessSum / tasks.Length,
            MeanCompressionTime = tasks.Length == 0 ? 0 : compressionSum / tasks.Length,
            MeanUploadTime = tasks.Length == 0 ? 0 : uploadSum / tasks.Length,
            Energy = MeasureEnergy(),
            MeanUtilisation = edges.Length == 0 ? 0 : edges.Average(e => e.Utilisation),
            TasksLost = completionEvents.Count(c => c == 0),
            TasksDuplicated = completionEvents.Sum(c => Math.Max(0, c - 1)),
            BytesToCloud = bytesToCloud,
            RawBytes = rawBytes,
            Redispatched = redispatched,
            UtilisationOverTime = settings.UtilisationBinSeconds is null
                ? null
                : [.. nodes.Select(node => (IReadOnlyList<double>)node.Uplink.Bins!.Fractions(makespan))],
            Timeline = timeline?.Build(),
            DownIntervals = [.. nodes.SelectMany(node => node.OutagesUntil(makespan).Select(o => new OutageInterval(node.Id, o.Start, o.End, "simulation")))],
            EventCount = environment.ProcessedEventCount,
        };
    }
}
