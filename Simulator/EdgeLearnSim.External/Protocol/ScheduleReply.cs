using System.Globalization;
using System.Text.Json;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// Reads and checks the offline answer (docs/schemas/schedule-reply.v2.json) through <see cref="AnswerReader"/>:
/// <c>assignment</c> (edge per task) and/or <c>order</c> (per edge, its tasks in service order), optionally
/// <c>lower_bound</c> (a number or null). Each task must be placed exactly once, on an eligible edge; a claimed bound
/// must be finite, ≥ 0 and not above the makespan. Unknown fields are ignored.
/// </summary>
internal static class ScheduleReply
{
    /// <summary>The checked schedule.</summary>
    /// <exception cref="MalformedAnswerException">The answer is not a schedule of <paramref name="instance"/>.</exception>
    public static ScheduleResult Read(ISchedulingInstance instance, byte[] answer)
    {
        using var document = AnswerReader.ParseObject(answer);
        var root = document.RootElement;
        var assignment = AnswerReader.Field(root, "assignment");
        var order = AnswerReader.Field(root, "order");
        if (assignment is null && order is null)
        {
            throw new MalformedAnswerException("answered without 'assignment' or 'order'");
        }
        var n = instance.TaskCount;
        var m = instance.EdgeCount;
        var edgeOf = new int[n];
        Array.Fill(edgeOf, -1);
        if (assignment is { } edges)
        {
            ReadAssignment(edges, edgeOf, m);
        }
        var edgeOrder = order is { } lists ? ReadOrder(lists, edgeOf, assignment is not null, n, m) : null;
        var missing = Array.IndexOf(edgeOf, -1);
        if (missing >= 0)
        {
            throw Malformed($"left task {missing} out of 'order' (each of the {n} tasks must be placed exactly once)");
        }
        for (var i = 0; i < n; i++)
        {
            if (double.IsPositiveInfinity(instance.ProcessingTime(i, edgeOf[i])))
            {
                throw Malformed($"put task {i} on edge {edgeOf[i]}, which is not one of its eligible edges");
            }
        }
        var result = Assignments.ToResult(instance, edgeOf, ExitReason.Completed, edgeOrder: edgeOrder);
        if (AnswerReader.Field(root, "lower_bound") is { ValueKind: not JsonValueKind.Null } bound)
        {
            if (!AnswerReader.TryNonNegative(bound, out var claimed))
            {
                throw new MalformedAnswerException($"'lower_bound' is {AnswerReader.Describe(bound)}; expected a finite number ≥ 0 or null");
            }
            if (claimed > result.Makespan)
            {
                throw Malformed($"claimed a lower bound of {claimed:R} above its own schedule's makespan {result.Makespan:R}");
            }
            result = result with { ClaimedLowerBound = claimed };
        }
        return result;
    }

    private static void ReadAssignment(JsonElement assignment, int[] edgeOf, int m)
    {
        var n = edgeOf.Length;
        var i = 0;
        foreach (var item in AnswerReader.ExactArray(assignment, "assignment", n, Text($"an array of {n} edge indices (one per task)")).EnumerateArray())
        {
            if (!AnswerReader.TryInteger(item, 0, m - 1, out var j))
            {
                throw Malformed($"'assignment' entry {i} (the edge of task {i}) is {AnswerReader.Describe(item)}; expected an edge index 0..{m - 1}");
            }
            edgeOf[i++] = j;
        }
    }

    private static List<IReadOnlyList<int>> ReadOrder(JsonElement order, int[] edgeOf, bool hasAssignment, int n, int m)
    {
        var lists = new List<IReadOnlyList<int>>(m);
        var seen = new int[n];
        Array.Fill(seen, -1);
        var j = 0;
        foreach (var edge in AnswerReader.ExactArray(order, "order", m, Text($"an array of {m} arrays of task indices (one per edge)")).EnumerateArray())
        {
            if (edge.ValueKind != JsonValueKind.Array)
            {
                throw Malformed($"'order' entry {j} is {AnswerReader.Describe(edge)}; expected an array of task indices");
            }
            var list = new List<int>(edge.GetArrayLength());
            foreach (var item in edge.EnumerateArray())
            {
                if (!AnswerReader.TryInteger(item, 0, n - 1, out var i))
                {
                    throw Malformed($"'order' entry {j} (the tasks of edge {j}) lists {AnswerReader.Describe(item)}; expected a task index 0..{n - 1}");
                }
                if (seen[i] >= 0)
                {
                    throw Malformed($"placed task {i} twice in 'order' (on edge {seen[i]} and on edge {j})");
                }
                if (hasAssignment && edgeOf[i] != j)
                {
                    throw Malformed($"'order' lists task {i} on edge {j}, but 'assignment' puts it on edge {edgeOf[i]}");
                }
                seen[i] = j;
                edgeOf[i] = j;
                list.Add(i);
            }
            lists.Add(list);
            j++;
        }
        return lists;
    }

    private static MalformedAnswerException Malformed(FormattableString problem) => new(Text(problem));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
