using System.Globalization;
using System.Text.Json;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// Reads and checks the offline answer (docs/schemas/schedule-reply.v2.json): <c>assignment</c> (edge per task)
/// and/or <c>order</c> (per edge, its tasks in service order), optionally <c>lower_bound</c>. Each task must be
/// placed exactly once, on an eligible edge; a claimed bound must be finite, ≥ 0 and not above the makespan.
/// </summary>
internal static class ScheduleReply
{
    /// <summary>The checked schedule, or the reason it is not one (a problem for <see cref="Supervision.ProgramProcess.Failure"/>).</summary>
    public static (ScheduleResult? Result, string? Problem) Read(ISchedulingInstance instance, byte[] answer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answer);
        }
        catch (JsonException e)
        {
            return (null, $"printed something that is not JSON ({e.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "answered with JSON that is not an object");
            }
            var root = document.RootElement;
            var hasAssignment = root.TryGetProperty("assignment", out var assignment);
            var hasOrder = root.TryGetProperty("order", out var order);
            if (!hasAssignment && !hasOrder)
            {
                return (null, "answered without 'assignment' or 'order'");
            }
            var n = instance.TaskCount;
            var m = instance.EdgeCount;
            var edgeOf = new int[n];
            Array.Fill(edgeOf, -1);
            if (hasAssignment)
            {
                if (assignment.ValueKind != JsonValueKind.Array || assignment.GetArrayLength() != n)
                {
                    return (null, Text($"'assignment' must be an array of {n} edge indices (one per task), not {Describe(assignment)}"));
                }
                var i = 0;
                foreach (var item in assignment.EnumerateArray())
                {
                    if (!item.TryGetInt32(out var j) || j < 0 || j >= m)
                    {
                        return (null, Text($"'assignment' gives task {i} edge {item.GetRawText()}; expected an edge index 0..{m - 1}"));
                    }
                    edgeOf[i++] = j;
                }
            }
            IReadOnlyList<IReadOnlyList<int>>? edgeOrder = null;
            if (hasOrder)
            {
                var (lists, problem) = ReadOrder(order, edgeOf, hasAssignment, n, m);
                if (problem is not null)
                {
                    return (null, problem);
                }
                edgeOrder = lists;
            }
            var missing = Array.IndexOf(edgeOf, -1);
            if (missing >= 0)
            {
                return (null, Text($"left task {missing} out of 'order' (each of the {n} tasks must be placed exactly once)"));
            }
            for (var i = 0; i < n; i++)
            {
                if (double.IsPositiveInfinity(instance.ProcessingTime(i, edgeOf[i])))
                {
                    return (null, Text($"put task {i} on edge {edgeOf[i]}, which is not one of its eligible edges"));
                }
            }
            var result = Assignments.ToResult(instance, edgeOf, ExitReason.Completed, edgeOrder: edgeOrder);
            if (root.TryGetProperty("lower_bound", out var bound) && bound.ValueKind != JsonValueKind.Null)
            {
                if (!bound.TryGetDouble(out var claimed) || !double.IsFinite(claimed) || claimed < 0)
                {
                    return (null, $"claimed 'lower_bound' {bound.GetRawText()}; expected a finite number ≥ 0");
                }
                if (claimed > result.Makespan)
                {
                    return (null, Text($"claimed a lower bound of {claimed:R} above its own schedule's makespan {result.Makespan:R}"));
                }
                result = result with { ClaimedLowerBound = claimed };
            }
            return (result, null);
        }
    }

    private static (IReadOnlyList<IReadOnlyList<int>>? Lists, string? Problem) ReadOrder(JsonElement order, int[] edgeOf, bool hasAssignment, int n, int m)
    {
        if (order.ValueKind != JsonValueKind.Array || order.GetArrayLength() != m)
        {
            return (null, Text($"'order' must be an array of {m} arrays (one per edge), not {Describe(order)}"));
        }
        var lists = new List<IReadOnlyList<int>>(m);
        var seen = new int[n];
        Array.Fill(seen, -1);
        var j = 0;
        foreach (var edge in order.EnumerateArray())
        {
            if (edge.ValueKind != JsonValueKind.Array)
            {
                return (null, Text($"'order' entry {j} must be an array of task indices, not {Describe(edge)}"));
            }
            var list = new List<int>(edge.GetArrayLength());
            foreach (var item in edge.EnumerateArray())
            {
                if (!item.TryGetInt32(out var i) || i < 0 || i >= n)
                {
                    return (null, Text($"'order' lists {item.GetRawText()} on edge {j}; expected a task index 0..{n - 1}"));
                }
                if (seen[i] >= 0)
                {
                    return (null, Text($"placed task {i} twice in 'order' (on edge {seen[i]} and on edge {j})"));
                }
                if (hasAssignment && edgeOf[i] != j)
                {
                    return (null, Text($"'order' lists task {i} on edge {j}, but 'assignment' puts it on edge {edgeOf[i]}"));
                }
                seen[i] = j;
                edgeOf[i] = j;
                list.Add(i);
            }
            lists.Add(list);
            j++;
        }
        return (lists, null);
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {element.GetArrayLength()}"),
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
