using System.Globalization;
using System.Text;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// The project's instance format: a folder with <c>tasks.csv</c> (<see cref="TasksHeader"/>; eligible edges as ids
/// joined by ';', or '*' for every edge) and <c>edges.csv</c> (<see cref="EdgesHeader"/>). An instance with pipeline
/// parameters (docs/pipeline.md) is written with one more task column, <c>device_uplink_mbps</c> (a_i; empty:
/// instantaneous), and three more edge columns (<see cref="PipelineEdgesHeader"/>: C_j, empty for unlimited; k_j;
/// κ_j); one without keeps the shorter headers, so its files are those written before the pipeline existed. Numbers
/// are written in invariant culture, doubles with "R", lines end in '\n', so writing what was read reproduces the
/// files byte for byte.
/// </summary>
public static class InstanceFolder
{
    public const string TasksFile = "tasks.csv";
    public const string EdgesFile = "edges.csv";
    public const string TasksHeader = "id,records,record_bytes,accuracy_bound,release_time,best_ratio,weighted_size,eligible_edges";
    public const string EdgesHeader = "id,bandwidth_mbps";
    public const string PipelineTasksHeader = TasksHeader + ",device_uplink_mbps";
    public const string PipelineEdgesHeader = EdgesHeader + ",access_mbps,cores,compression_seconds_per_byte";

    private const int EveryEdge = -1;

    /// <summary>Writes <paramref name="instance"/> into <paramref name="folder"/> (created if missing, files overwritten).</summary>
    public static void Write(EdgeLearningInstance instance, string folder)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var pipeline = instance.HasPipelineParameters;
        using (var edges = new StreamWriter(Path.Combine(folder, EdgesFile), false, new UTF8Encoding(false)))
        {
            edges.NewLine = "\n";
            edges.WriteLine(pipeline ? PipelineEdgesHeader : EdgesHeader);
            foreach (var edge in instance.Edges)
            {
                edges.WriteLine(pipeline
                    ? $"{edge.Id},{Format(edge.BandwidthMbps)},{Unlimited(edge.AccessMbps)},{edge.Cores.ToString(CultureInfo.InvariantCulture)},{Format(edge.CompressionSecondsPerByte)}"
                    : $"{edge.Id},{Format(edge.BandwidthMbps)}");
            }
        }
        using var tasks = new StreamWriter(Path.Combine(folder, TasksFile), false, new UTF8Encoding(false), 1 << 16);
        tasks.NewLine = "\n";
        tasks.WriteLine(pipeline ? PipelineTasksHeader : TasksHeader);
        var line = new StringBuilder();
        for (var i = 0; i < instance.TaskCount; i++)
        {
            line.Clear()
                .Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(instance.Records[i].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Format(instance.RecordBytes[i])).Append(',')
                .Append(Format(instance.AccuracyBounds[i])).Append(',')
                .Append(Format(instance.ReleaseTimes[i])).Append(',')
                .Append(Format(instance.BestRatios[i])).Append(',')
                .Append(Format(instance.WeightedSizes[i])).Append(',');
            var eligible = instance.EligibleEdges(i);
            if (eligible.Length == instance.EdgeCount)
            {
                line.Append('*');
            }
            else
            {
                for (var k = 0; k < eligible.Length; k++)
                {
                    line.Append(k == 0 ? "" : ";").Append(eligible[k].ToString(CultureInfo.InvariantCulture));
                }
            }
            if (pipeline)
            {
                line.Append(',').Append(Unlimited(instance.DeviceUplinkOf(i)));
            }
            tasks.WriteLine(line);
        }
    }

    /// <summary>Reads the instance in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidInputException">A missing file, wrong header, or bad value, located by file, line and column.</exception>
    public static EdgeLearningInstance Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var edges = ReadEdges(Path.Combine(folder, EdgesFile));
        var tasks = ReadTasks(Path.Combine(folder, TasksFile), edges.Length);
        return new EdgeLearningInstance(tasks, edges);
    }

    private static EdgeServer[] ReadEdges(string path)
    {
        var edges = new List<EdgeServer>();
        var header = Header(path, EdgesHeader, PipelineEdgesHeader);
        foreach (var (lineNumber, fields) in Rows(path, header))
        {
            var id = ParseId(path, lineNumber, fields[0], edges.Count);
            var bandwidth = ParseDouble(path, lineNumber, fields[1], "bandwidth_mbps");
            if (!(bandwidth > 0))
            {
                throw Error(path, lineNumber, fields[1], $"edge {id} has bandwidth {fields[1].Text} Mbps; it must be positive");
            }
            edges.Add(header == EdgesHeader ? new EdgeServer(id, bandwidth) : WithPipeline(new EdgeServer(id, bandwidth), path, lineNumber, fields));
        }
        if (edges.Count == 0)
        {
            throw new InvalidInputException(path, "no edges; an instance needs at least one");
        }
        return [.. edges];
    }

    private static TaskColumns ReadTasks(string path, int edgeCount)
    {
        var records = new List<long>();
        var recordBytes = new List<double>();
        var bounds = new List<double>();
        var releases = new List<double>();
        var ratios = new List<double>();
        var sizes = new List<double>();
        var listLengths = new List<int>();
        var listed = new List<int>();
        var header = Header(path, TasksHeader, PipelineTasksHeader);
        var deviceUplink = new List<double>();
        foreach (var (lineNumber, fields) in Rows(path, header))
        {
            var id = ParseId(path, lineNumber, fields[0], records.Count);
            if (!long.TryParse(fields[1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw Error(path, lineNumber, fields[1], $"records of task {id} must be a whole number ≥ 1, not '{fields[1].Text}'");
            }
            records.Add(count);
            recordBytes.Add(Positive(path, lineNumber, fields[2], "record_bytes"));
            bounds.Add(ParseDouble(path, lineNumber, fields[3], "accuracy_bound"));
            var release = ParseDouble(path, lineNumber, fields[4], "release_time");
            if (release < 0)
            {
                throw Error(path, lineNumber, fields[4], $"release_time must be ≥ 0, not {fields[4].Text}");
            }
            releases.Add(release);
            var ratio = Positive(path, lineNumber, fields[5], "best_ratio");
            if (ratio > 1)
            {
                throw Error(path, lineNumber, fields[5], $"best_ratio must lie in (0, 1], not {fields[5].Text}");
            }
            ratios.Add(ratio);
            sizes.Add(Positive(path, lineNumber, fields[6], "weighted_size"));
            listLengths.Add(ReadEligible(path, lineNumber, fields[7], edgeCount, listed));
            if (header == PipelineTasksHeader)
            {
                deviceUplink.Add(PositiveOrUnlimited(path, lineNumber, fields[8], "device_uplink_mbps"));
            }
        }
        var tasks = new TaskColumns(records.Count);
        records.CopyTo(tasks.Records);
        recordBytes.CopyTo(tasks.RecordBytes);
        bounds.CopyTo(tasks.AccuracyBounds);
        releases.CopyTo(tasks.ReleaseTimes);
        ratios.CopyTo(tasks.BestRatios);
        sizes.CopyTo(tasks.WeightedSizes);
        tasks.Eligibility = Eligibility(edgeCount, listLengths, listed);
        if (deviceUplink.Exists(rate => !double.IsPositiveInfinity(rate)))
        {
            tasks.DeviceUplinkMbps = [.. deviceUplink];
        }
        return tasks;
    }

    /// <summary>Null when every task said '*'; else lists in which each '*' task lists every edge.</summary>
    private static EligibleEdgeLists? Eligibility(int edgeCount, List<int> listLengths, List<int> listed)
    {
        if (listLengths.TrueForAll(length => length == EveryEdge))
        {
            return null;
        }
        var offsets = new int[listLengths.Count + 1];
        for (var i = 0; i < listLengths.Count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + (listLengths[i] == EveryEdge ? edgeCount : listLengths[i]));
        }
        var flat = new int[offsets[^1]];
        var source = 0;
        for (var i = 0; i < listLengths.Count; i++)
        {
            var target = flat.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
            if (listLengths[i] == EveryEdge)
            {
                for (var j = 0; j < edgeCount; j++)
                {
                    target[j] = j;
                }
            }
            else
            {
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(listed).Slice(source, target.Length).CopyTo(target);
                source += target.Length;
            }
        }
        return new EligibleEdgeLists(edgeCount, offsets, flat);
    }

    /// <summary>Appends the field's edge ids to <paramref name="listed"/> and returns how many; <see cref="EveryEdge"/> for '*'.</summary>
    private static int ReadEligible(string path, long lineNumber, (string Text, int Column) field, int edgeCount, List<int> listed)
    {
        if (field.Text == "*")
        {
            return EveryEdge;
        }
        if (field.Text.Length == 0)
        {
            throw Error(path, lineNumber, field, "this task reaches no edge; list edge ids joined by ';', or '*' for every edge");
        }
        var count = 0;
        var previous = -1;
        foreach (var (text, column) in TextLine.Split(field.Text, ';'))
        {
            var idField = (text, field.Column + column - 1);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var edge) || edge >= edgeCount)
            {
                throw Error(path, lineNumber, idField, $"eligible_edges needs edge ids in 0..{edgeCount - 1} joined by ';' or '*', found '{text}'");
            }
            if (edge <= previous)
            {
                throw Error(path, lineNumber, idField, $"eligible_edges must be ascending without repeats; {edge} follows {previous}");
            }
            listed.Add(edge);
            previous = edge;
            count++;
        }
        return count;
    }

    private static EdgeServer WithPipeline(EdgeServer edge, string path, long lineNumber, List<(string Text, int Column)> fields)
    {
        var access = PositiveOrUnlimited(path, lineNumber, fields[2], "access_mbps");
        if (!int.TryParse(fields[3].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var cores) || cores < 1)
        {
            throw Error(path, lineNumber, fields[3], $"cores of edge {edge.Id} must be a whole number ≥ 1, not '{fields[3].Text}'");
        }
        var perByte = ParseDouble(path, lineNumber, fields[4], "compression_seconds_per_byte");
        if (perByte < 0)
        {
            throw Error(path, lineNumber, fields[4], $"compression_seconds_per_byte must be ≥ 0, not {fields[4].Text}");
        }
        return edge with { AccessMbps = access, Cores = cores, CompressionSecondsPerByte = perByte };
    }

    /// <summary>A rate that an empty field leaves unlimited (+∞).</summary>
    private static double PositiveOrUnlimited(string path, long lineNumber, (string Text, int Column) field, string name) =>
        field.Text.Length == 0 ? double.PositiveInfinity : Positive(path, lineNumber, field, name);

    private static string Unlimited(double rate) => double.IsPositiveInfinity(rate) ? "" : Format(rate);

    /// <summary>Which of the accepted headers the file starts with; an error naming them all otherwise.</summary>
    private static string Header(string path, string shortHeader, string pipelineHeader)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = reader.ReadLine();
        return first == pipelineHeader ? pipelineHeader : first == shortHeader ? shortHeader
            : throw new InvalidInputException(InvalidInputException.At(path, 1, 1), $"expected the header '{shortHeader}' or '{pipelineHeader}'");
    }

    private static IEnumerable<(long Line, List<(string Text, int Column)> Fields)> Rows(string path, string header)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        var columns = header.Split(',').Length;
        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = reader.ReadLine();
        if (first != header)
        {
            throw new InvalidInputException(InvalidInputException.At(path, 1, 1), $"expected the header '{header}'");
        }
        long lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            var fields = TextLine.Split(line, ',');
            if (fields.Count != columns)
            {
                throw new InvalidInputException(
                    InvalidInputException.At(path, lineNumber, 1), $"expected {columns} fields ({header}), found {fields.Count}");
            }
            yield return (lineNumber, fields);
        }
    }

    private static int ParseId(string path, long lineNumber, (string Text, int Column) field, int expected)
    {
        if (!int.TryParse(field.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id != expected)
        {
            throw Error(path, lineNumber, field, $"expected id {expected} (ids run 0, 1, 2, … in order), found '{field.Text}'");
        }
        return id;
    }

    private static double ParseDouble(string path, long lineNumber, (string Text, int Column) field, string name)
    {
        if (!double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(path, lineNumber, field, $"{name} must be a finite number, not '{field.Text}'");
        }
        return value;
    }

    private static double Positive(string path, long lineNumber, (string Text, int Column) field, string name)
    {
        var value = ParseDouble(path, lineNumber, field, name);
        if (!(value > 0))
        {
            throw Error(path, lineNumber, field, $"{name} must be positive, not {field.Text}");
        }
        return value;
    }

    private static InvalidInputException Error(string path, long lineNumber, (string Text, int Column) field, string problem) =>
        new(InvalidInputException.At(path, lineNumber, field.Column), problem);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
