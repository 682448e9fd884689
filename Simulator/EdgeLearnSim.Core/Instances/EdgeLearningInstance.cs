using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// The project's own instance: tasks with weighted sizes, edges with bandwidths, and per-task eligibility.
/// Stores O(n + m + Σ|E_i|) numbers in flat per-column arrays, never an n×m matrix or one object per task, so
/// 10^6 tasks × 10^4 edges fit in well under 200 MB. Immutable once built.
/// </summary>
public sealed class EdgeLearningInstance : ISchedulingInstance
{
    private readonly long[] records;
    private readonly double[] recordBytes;
    private readonly double[] accuracyBounds;
    private readonly double[] releaseTimes;
    private readonly double[] bestRatios;
    private readonly double[] sizes;
    private readonly EligibleEdgeLists? eligibility;
    private readonly double[]? deviceUplink;
    private readonly EdgeServer[] edges;
    private readonly double[] speeds;
    private readonly int[] allEdges;

    /// <summary>Builds an instance from task and edge records (copied). Task and edge ids must be 0..n−1 and 0..m−1 in order.</summary>
    /// <exception cref="ArgumentException">Ids out of order, no edge, a bandwidth or weighted size that is not positive and finite, or eligible edges that are empty, unsorted or out of range.</exception>
    public EdgeLearningInstance(IReadOnlyList<LearningTask> tasks, IReadOnlyList<EdgeServer> edges)
        : this(Columns(tasks, edges?.Count ?? 0), [.. edges ?? throw new ArgumentNullException(nameof(edges))])
    {
    }

    /// <summary>Builds an instance around the given arrays without copying them; callers hand them over.</summary>
    internal EdgeLearningInstance(TaskColumns tasks, EdgeServer[] edges)
    {
        if (edges.Length == 0)
        {
            throw new ArgumentException("An instance needs at least one edge.", nameof(edges));
        }
        records = tasks.Records;
        recordBytes = tasks.RecordBytes;
        accuracyBounds = tasks.AccuracyBounds;
        releaseTimes = tasks.ReleaseTimes;
        bestRatios = tasks.BestRatios;
        sizes = tasks.WeightedSizes;
        eligibility = tasks.Eligibility;
        deviceUplink = tasks.DeviceUplinkMbps;
        this.edges = edges;
        speeds = new double[edges.Length];
        allEdges = new int[edges.Length];
        for (var j = 0; j < speeds.Length; j++)
        {
            if (edges[j].Id != j)
            {
                throw new ArgumentException($"Edge at position {j} has id {edges[j].Id}; ids must be 0..m-1 in order.", nameof(edges));
            }
            if (!(double.IsFinite(edges[j].BandwidthMbps) && edges[j].BandwidthMbps > 0))
            {
                throw new ArgumentException($"Edge {j} has bandwidth {edges[j].BandwidthMbps} Mbps; it must be positive and finite.", nameof(edges));
            }
            CheckPipeline(edges[j]);
            speeds[j] = edges[j].BandwidthMbps;
            allEdges[j] = j;
        }
        var n = sizes.Length;
        if (records.Length != n || recordBytes.Length != n || accuracyBounds.Length != n || releaseTimes.Length != n
            || bestRatios.Length != n || (deviceUplink is not null && deviceUplink.Length != n) || (eligibility is not null && (eligibility.TaskCount != n || eligibility.EdgeCount != edges.Length)))
        {
            throw new ArgumentException("Task columns must all have one entry per task, and eligibility must refer to these edges.", nameof(tasks));
        }
        for (var i = 0; i < n; i++)
        {
            if (!(double.IsFinite(sizes[i]) && sizes[i] > 0))
            {
                throw new ArgumentException($"Task {i} has weighted size {sizes[i]}; it must be positive and finite.", nameof(tasks));
            }
            if (deviceUplink is not null && !(deviceUplink[i] > 0))
            {
                throw new ArgumentException($"Task {i} has device uplink {deviceUplink[i]} Mbps; it must be positive (+∞: instantaneous).", nameof(tasks));
            }
        }
        HasPipelineParameters = deviceUplink is not null || Array.Exists(edges, e => e.HasPipelineParameters);
        IsFullyConnected = eligibility is null || EveryListIsComplete(eligibility);
        Related = new RelatedMachines(sizes, speeds);
    }

    /// <summary>
    /// The tasks as records, built on each access (the instance stores columns). Fine for export and tests; hot loops
    /// should use <see cref="WeightedSizes"/>, <see cref="ReleaseTimes"/>, <see cref="EligibleEdges"/> instead.
    /// </summary>
    public IReadOnlyList<LearningTask> Tasks => new LearningTaskList(this);

    public IReadOnlyList<EdgeServer> Edges => edges;

    public int TaskCount => sizes.Length;

    public int EdgeCount => edges.Length;

    public bool IsFullyConnected { get; }

    public RelatedMachines Related { get; }

    RelatedMachines? ISchedulingInstance.Related => Related;

    /// <summary>Records per task.</summary>
    public ReadOnlySpan<long> Records => records;

    /// <summary>Bytes per record, per task.</summary>
    public ReadOnlySpan<double> RecordBytes => recordBytes;

    /// <summary>LowA_i per task.</summary>
    public ReadOnlySpan<double> AccuracyBounds => accuracyBounds;

    /// <summary>r_i per task, in seconds.</summary>
    public ReadOnlySpan<double> ReleaseTimes => releaseTimes;

    /// <summary>BestR_i per task.</summary>
    public ReadOnlySpan<double> BestRatios => bestRatios;

    /// <summary>s_i per task (V_ij = s_i / B_j).</summary>
    public ReadOnlySpan<double> WeightedSizes => sizes;

    /// <summary>True when a device link rate, an access capacity, a core count or a compression speed is set.</summary>
    public bool HasPipelineParameters { get; }

    /// <summary>a_i per task in Mbps (+∞: instantaneous); empty when no device has a link rate.</summary>
    public ReadOnlySpan<double> DeviceUplinkMbps => deviceUplink;

    /// <summary>a_i of one task in Mbps; +∞ when its data reaches the edge instantly.</summary>
    public double DeviceUplinkOf(int task) => deviceUplink?[task] ?? double.PositiveInfinity;

    /// <summary>Per-task eligible edges, or null when every task reaches every edge without a list.</summary>
    public EligibleEdgeLists? Eligibility => eligibility;

    public double ProcessingTime(int task, int edge)
    {
        if (eligibility is not null && eligibility.Of(task).BinarySearch(edge) < 0)
        {
            return double.PositiveInfinity;
        }
        return sizes[task] / speeds[edge];
    }

    public ReadOnlySpan<int> EligibleEdges(int task) => eligibility is null ? allEdges : eligibility.Of(task);

    /// <summary>Task <paramref name="task"/> as a record (a fresh object each call).</summary>
    public LearningTask Task(int task) => new(
        task,
        records[task],
        recordBytes[task],
        accuracyBounds[task],
        releaseTimes[task],
        bestRatios[task],
        sizes[task],
        eligibility?.Of(task).ToArray())
    {
        DeviceUplinkMbps = DeviceUplinkOf(task),
    };

    private static void CheckPipeline(EdgeServer edge)
    {
        if (!(edge.AccessMbps > 0))
        {
            throw new ArgumentException($"Edge {edge.Id} has access capacity {edge.AccessMbps} Mbps; it must be positive (+∞: unlimited).", nameof(edge));
        }
        if (edge.Cores < 1)
        {
            throw new ArgumentException($"Edge {edge.Id} has {edge.Cores} cores; it needs at least 1.", nameof(edge));
        }
        if (!(double.IsFinite(edge.CompressionSecondsPerByte) && edge.CompressionSecondsPerByte >= 0))
        {
            throw new ArgumentException($"Edge {edge.Id} compresses at {edge.CompressionSecondsPerByte} s per byte; it must be finite and ≥ 0.", nameof(edge));
        }
    }

    private static double[] Filled(int count, double value)
    {
        var values = new double[count];
        Array.Fill(values, value);
        return values;
    }

    private static bool EveryListIsComplete(EligibleEdgeLists lists)
    {
        for (var i = 0; i < lists.TaskCount; i++)
        {
            if (lists.Of(i).Length != lists.EdgeCount)
            {
                return false;
            }
        }
        return true;
    }

    private static TaskColumns Columns(IReadOnlyList<LearningTask> tasks, int edgeCount)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var columns = new TaskColumns(tasks.Count);
        var anyList = false;
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            if (task.Id != i)
            {
                throw new ArgumentException($"Task at position {i} has id {task.Id}; ids must be 0..n-1 in order.", nameof(tasks));
            }
            columns.Records[i] = task.Records;
            columns.RecordBytes[i] = task.RecordBytes;
            columns.AccuracyBounds[i] = task.AccuracyBound;
            columns.ReleaseTimes[i] = task.ReleaseTime;
            columns.BestRatios[i] = task.BestRatio;
            columns.WeightedSizes[i] = task.WeightedSize;
            anyList |= task.EligibleEdges is not null;
            if (!double.IsPositiveInfinity(task.DeviceUplinkMbps))
            {
                columns.DeviceUplinkMbps ??= Filled(tasks.Count, double.PositiveInfinity);
                columns.DeviceUplinkMbps[i] = task.DeviceUplinkMbps;
            }
        }
        if (anyList)
        {
            var offsets = new int[tasks.Count + 1];
            for (var i = 0; i < tasks.Count; i++)
            {
                offsets[i + 1] = checked(offsets[i] + (tasks[i].EligibleEdges?.Length ?? edgeCount));
            }
            var flat = new int[offsets[^1]];
            for (var i = 0; i < tasks.Count; i++)
            {
                var target = flat.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
                if (tasks[i].EligibleEdges is { } list)
                {
                    list.CopyTo(target);
                }
                else
                {
                    for (var j = 0; j < target.Length; j++)
                    {
                        target[j] = j;
                    }
                }
            }
            columns.Eligibility = new EligibleEdgeLists(edgeCount, offsets, flat);
        }
        return columns;
    }
}
