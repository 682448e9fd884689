using System.Globalization;
using System.Text;

namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// The unrelated-parallel-machine files of the scheduling literature, read as one stream of whitespace-separated
/// integers whatever the line layout (spaces, tabs, blank lines, trailing blanks, a final newline or none): first
/// n and m (on one line or two), then either n·m processing times (row = job, column = machine) or n rows of m
/// <c>machine time</c> pairs (each machine once per row; machine ids 0..m−1, or 1..m when the first row has no
/// machine 0, the same way in every row), told apart by how many integers follow n and m.
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

    /// <exception cref="InvalidInputException">
    /// A missing file or malformed content, located by file, line and column of the first bad token (a non-integer,
    /// a negative time, a bad machine id, the first surplus number) or of the end of the file when numbers are missing.
    /// </exception>
    public static UnrelatedInstance Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        var numbers = ReadIntegers(path);
        if (numbers.Count < 2)
        {
            throw new InvalidInputException(
                numbers.Count == 0 ? path : numbers.At(0),
                numbers.Count == 0 ? "empty file; expected 'n m' (two integers) at the start" : "expected 'n m' (two integers) at the start, found 1");
        }
        var taskCount = numbers.Value(0, "n", 1);
        var edgeCount = numbers.Value(1, "m", 1);
        var cells = (long)taskCount * edgeCount;
        if (cells > Array.MaxLength)
        {
            throw new InvalidInputException(numbers.At(0), $"{taskCount}×{edgeCount} is too large a matrix");
        }
        var found = numbers.Count - 2;
        var times = new double[cells];
        if (found == cells)
        {
            for (var k = 0; k < cells; k++)
            {
                times[k] = numbers.Value(2 + (int)k, "processing time", 0);
            }
        }
        else if (found == 2 * cells)
        {
            var machineBase = MachineBase(numbers, edgeCount);
            for (var task = 0; task < taskCount; task++)
            {
                ReadPairs(numbers, 2 + (2 * task * edgeCount), times.AsSpan(task * edgeCount, edgeCount), machineBase);
            }
        }
        else if (found < cells)
        {
            throw new InvalidInputException(
                numbers.End, $"{taskCount}×{edgeCount} needs {cells} processing times after 'n m' (or {2 * cells} numbers as machine time pairs), found {found}");
        }
        else
        {
            var surplus = found < 2 * cells ? 2 + (int)cells : 2 + (int)(2 * cells);
            throw new InvalidInputException(
                numbers.At(surplus),
                $"unexpected number: {taskCount}×{edgeCount} takes {cells} processing times after 'n m' or {2 * cells} numbers as machine time pairs, found {found}");
        }
        return new UnrelatedInstance(taskCount, edgeCount, times);
    }

    /// <summary>0 when the first job's pairs name machine 0, else 1.</summary>
    private static int MachineBase(Integers numbers, int edgeCount)
    {
        for (var k = 0; k < edgeCount; k++)
        {
            if (numbers.Raw(2 + (2 * k)) == 0)
            {
                return 0;
            }
        }
        return 1;
    }

    private static void ReadPairs(Integers numbers, int first, Span<double> row, int machineBase)
    {
        var edgeCount = row.Length;
        var seen = new bool[edgeCount];
        for (var k = 0; k < edgeCount; k++)
        {
            var index = first + (2 * k);
            var machine = numbers.Raw(index) - machineBase;
            if (machine < 0 || machine >= edgeCount)
            {
                throw new InvalidInputException(
                    numbers.At(index),
                    $"machine id {numbers.Raw(index)} is outside {machineBase}..{edgeCount - 1 + machineBase} (ids are {(machineBase == 0 ? "0-based, as machine 0 appeared in the first job" : "1-based, as no machine 0 appeared in the first job")})");
            }
            if (seen[machine])
            {
                throw new InvalidInputException(numbers.At(index), $"machine id {numbers.Raw(index)} appears twice in this job's pairs");
            }
            seen[machine] = true;
            row[(int)machine] = numbers.Value(index + 1, "processing time", 0);
        }
    }

    /// <summary>Every token of the file as an integer with its position; the first token that is not one is an error.</summary>
    private static Integers ReadIntegers(string path)
    {
        var numbers = new Integers(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            foreach (var (text, column) in TextLine.Tokens(line))
            {
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    throw new InvalidInputException(InvalidInputException.At(path, lineNumber, column), $"expected an integer, found '{text}'");
                }
                numbers.Add(value, lineNumber, column, text.Length);
            }
        }
        return numbers;
    }

    /// <summary>The integers of a file with their 1-based line and column, and the position just past the last one.</summary>
    private sealed class Integers(string path)
    {
        private readonly List<long> values = [];
        private readonly List<(long Line, int Column)> positions = [];
        private (long Line, int Column) end = (1, 1);

        public int Count => values.Count;

        /// <summary>Where a missing number would have been: just after the last token.</summary>
        public string End => InvalidInputException.At(path, end.Line, end.Column);

        public void Add(long value, long line, int column, int length)
        {
            values.Add(value);
            positions.Add((line, column));
            end = (line, column + length);
        }

        public string At(int index) => InvalidInputException.At(path, positions[index].Line, positions[index].Column);

        public long Raw(int index) => values[index];

        /// <summary>The integer at <paramref name="index"/>, checked to lie in [<paramref name="minimum"/>, int.MaxValue].</summary>
        public int Value(int index, string what, int minimum)
        {
            var value = values[index];
            if (value < minimum || value > int.MaxValue)
            {
                throw new InvalidInputException(At(index), $"{what} must be an integer in {minimum}..{int.MaxValue}, found {value}");
            }
            return (int)value;
        }
    }
}
