using System.Globalization;
using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>
/// Outages read from a trace: rows <c>edge start end</c> (edge id, seconds, seconds), whitespace-separated, no
/// header; blank lines and <c>#</c> comments skipped. Intervals of one edge must not overlap.
/// </summary>
public sealed class OutageSchedule
{
    public OutageSchedule(string name, IReadOnlyList<OutageInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        Name = name;
        Intervals = [.. intervals.OrderBy(o => o.Edge).ThenBy(o => o.Start)];
        for (var k = 1; k < Intervals.Count; k++)
        {
            var previous = Intervals[k - 1];
            var current = Intervals[k];
            if (current.Edge == previous.Edge && current.Start < previous.End)
            {
                throw new InvalidInputException(current.Location, $"outage of edge {current.Edge} overlaps the one at {previous.Location}");
            }
        }
    }

    /// <summary>The file (or label) the schedule came from.</summary>
    public string Name { get; }

    /// <summary>Intervals sorted by edge, then start.</summary>
    public IReadOnlyList<OutageInterval> Intervals { get; }

    public static OutageSchedule Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException e)
        {
            throw new InvalidInputException(path, $"cannot read outage trace ({e.Message})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidInputException(path, $"cannot read outage trace ({e.Message})", e);
        }
        return Parse(path, lines);
    }

    public static OutageSchedule Parse(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var intervals = new List<OutageInterval>();
        for (var row = 0; row < lines.Count; row++)
        {
            var trimmed = lines[row].TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            var fields = TextFields.Split(lines[row]);
            if (fields.Count != 3)
            {
                throw new InvalidInputException(InvalidInputException.At(name, row + 1, 1), $"expected three columns 'edge start end', found {fields.Count}");
            }
            if (!int.TryParse(fields[0].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var edge) || edge < 0)
            {
                throw new InvalidInputException(InvalidInputException.At(name, row + 1, fields[0].Column), $"'{fields[0].Text}' is not an edge id (an integer ≥ 0)");
            }
            var start = ParseTime(name, row, fields[1]);
            var end = ParseTime(name, row, fields[2]);
            if (end <= start)
            {
                throw new InvalidInputException(InvalidInputException.At(name, row + 1, fields[2].Column), $"end {fields[2].Text} is not after start {fields[1].Text}");
            }
            intervals.Add(new OutageInterval(edge, start, end, InvalidInputException.At(name, row + 1, 1)));
        }
        return new OutageSchedule(name, intervals);
    }

    /// <summary>Throws <see cref="InvalidInputException"/> when an interval names an edge the instance lacks.</summary>
    public void ValidateFor(int edgeCount)
    {
        foreach (var interval in Intervals)
        {
            if (interval.Edge >= edgeCount)
            {
                throw new InvalidInputException(interval.Location, $"edge {interval.Edge} does not exist; the instance has edges 0..{edgeCount - 1}");
            }
        }
    }

    private static double ParseTime(string name, int row, TextField field)
    {
        if (!double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            throw new InvalidInputException(InvalidInputException.At(name, row + 1, field.Column), $"'{field.Text}' is not a time in seconds ≥ 0");
        }
        return value;
    }
}
