using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>The Gantt bars of a stored timeline: <c>edge,lane,task,start,end</c>, one row per bar; reading gives the same numbers.</summary>
public static class GanttCsv
{
    private static readonly string[] Header = ["edge", "lane", "task", "start", "end"];

    public static string Write(IReadOnlyList<GanttBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, Header);
            foreach (var bar in bars)
            {
                CsvFormat.Row(csv, [CsvFormat.Number(bar.Edge), bar.Lane, CsvFormat.Number(bar.Task), CsvFormat.Number(bar.Start), CsvFormat.Number(bar.End)]);
            }
        });
    }

    public static IReadOnlyList<GanttBar> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        if (!csv.Read() || !csv.ReadHeader() || !Header.SequenceEqual(csv.HeaderRecord ?? []))
        {
            throw new InvalidInputException(path, "not a Gantt file of this tool version; delete the cells folder and run again");
        }
        var bars = new List<GanttBar>();
        while (csv.Read())
        {
            bars.Add(new GanttBar(
                int.Parse(csv.GetField(0)!, CultureInfo.InvariantCulture), csv.GetField(1)!, int.Parse(csv.GetField(2)!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                CsvFormat.ParseDouble(csv.GetField(3)!), CsvFormat.ParseDouble(csv.GetField(4)!)));
        }
        return bars;
    }
}
