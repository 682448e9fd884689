using System.Globalization;
using System.Text;

namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// The unrelated-parallel-machine files of the scheduling literature: whitespace-separated integers, first <c>n m</c>,
/// then one line per job holding either m processing times (column = machine) or m <c>machine time</c> pairs (each
/// machine once; machine ids 0..m−1, or 1..m when a row has no machine 0, the same way in every row), told apart by
/// the line's length. Blank lines are skipped; anything after the n job lines is an error.
/// </summary>
public static class UnrelatedInstanceFile
{
    /// <summary>
    /// Writes <paramref name="instance"/> in the matrix layout (<c>n m</c>, then one line of m times per task) with
    /// '\n' line ends. Times must be whole numbers, as the format holds integers only.
    /// </summary>
    /// <exception cref="ArgumentException">A processing time that is not a whole number in the int range, or an ineligible pair.</exception>
    public static void Write(ISchedulingInstance instance, string path)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(path);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{instance.TaskCount} {instance.EdgeCount}\n");
        for (var task = 0; task < instance.TaskCount; task++)
        {
            for (var edge = 0; edge < instance.EdgeCount; edge++)
            {
                var time = instance.ProcessingTime(task, edge);
                if (!(time >= 0 && time <= int.MaxValue && Math.Floor(time) == time))
                {
                    throw new ArgumentException($"Task {task} on edge {edge} takes {time}; the literature format holds whole numbers only.", nameof(instance));
                }
                text.Append(edge == 0 ? "" : " ").Append(((int)time).ToString(CultureInfo.InvariantCulture));
            }
            text.Append('\n');
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    /// <exception cref="InvalidInputException">A missing file or malformed content, located by file, line and column.</exception>
    public static UnrelatedInstance Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        using var lines = ContentLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new InvalidInputException(path, "empty file; expected 'n m' on the first line");
        }
        var (headerLine, header) = lines.Current;
        if (header.Count != 2)
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, headerLine, 1), $"expected 'n m' (two integers) on the first line, found {header.Count} values");
        }
        var taskCount = Integer(path, headerLine, header[0], "n", 1);
        var edgeCount = Integer(path, headerLine, header[1], "m", 1);
        if ((long)taskCount * edgeCount > Array.MaxLength)
        {
            throw new InvalidInputException(InvalidInputException.At(path, headerLine, 1), $"{taskCount}×{edgeCount} is too large a matrix");
        }
        var times = new double[taskCount * edgeCount];
        int? machineBase = null;
        for (var task = 0; task < taskCount; task++)
        {
            if (!lines.MoveNext())
            {
                throw new InvalidInputException(path, $"expected {taskCount} job lines after 'n m', found {task}");
            }
            var (lineNumber, tokens) = lines.Current;
            var row = times.AsSpan(task * edgeCount, edgeCount);
            if (tokens.Count == edgeCount)
            {
                for (var j = 0; j < edgeCount; j++)
                {
                    row[j] = Integer(path, lineNumber, tokens[j], "processing time", 0);
                }
            }
            else if (tokens.Count == 2 * edgeCount)
            {
                machineBase = ReadPairs(path, lineNumber, tokens, row, machineBase);
            }
            else
            {
                throw new InvalidInputException(
                    InvalidInputException.At(path, lineNumber, 1),
                    $"job {task} has {tokens.Count} values; expected {edgeCount} processing times or {2 * edgeCount} (machine time pairs)");
            }
        }
        if (lines.MoveNext())
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, lines.Current.Line, 1), $"unexpected data after the {taskCount} job lines");
        }
        return new UnrelatedInstance(taskCount, edgeCount, times);
    }

    private static int ReadPairs(string path, long lineNumber, List<(string Text, int Column)> tokens, Span<double> row, int? machineBase)
    {
        var edgeCount = row.Length;
        var rowBase = machineBase;
        if (rowBase is null)
        {
            rowBase = 1;
            for (var k = 0; k < tokens.Count; k += 2)
            {
                rowBase = tokens[k].Text == "0" ? 0 : rowBase;
            }
        }
        var seen = new bool[edgeCount];
        for (var k = 0; k < tokens.Count; k += 2)
        {
            var machine = Integer(path, lineNumber, tokens[k], "machine id", 0) - rowBase.Value;
            if (machine < 0 || machine >= edgeCount)
            {
                throw new InvalidInputException(
                    InvalidInputException.At(path, lineNumber, tokens[k].Column),
                    $"machine id {tokens[k].Text} is outside {rowBase}..{edgeCount - 1 + rowBase} (ids are {(rowBase == 0 ? "0-based, as machine 0 appeared" : "1-based, as no machine 0 appeared")})");
            }
            if (seen[machine])
            {
                throw new InvalidInputException(
                    InvalidInputException.At(path, lineNumber, tokens[k].Column), $"machine id {tokens[k].Text} appears twice in this job's line");
            }
            seen[machine] = true;
            row[machine] = Integer(path, lineNumber, tokens[k + 1], "processing time", 0);
        }
        return rowBase.Value;
    }

    private static int Integer(string path, long lineNumber, (string Text, int Column) token, string what, int minimum)
    {
        if (!int.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, lineNumber, token.Column), $"{what} must be an integer ≥ {minimum}, found '{token.Text}'");
        }
        return value;
    }

    private static IEnumerable<(long Line, List<(string Text, int Column)> Tokens)> ContentLines(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tokens = TextLine.Tokens(line);
            if (tokens.Count > 0)
            {
                yield return (lineNumber, tokens);
            }
        }
    }
}
