using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>
/// A stored timeline: one row per (sample, edge) with <c>cell,scheduler,time,edge,mbps,queued_mbit,up</c>, in sample
/// then edge order; reading it back gives the same numbers.
/// </summary>
public static class TimelineCsv
{
    private static readonly string[] Header = ["cell", "scheduler", "time", "edge", "mbps", "queued_mbit", "up"];

    public static string Write(CellTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, Header);
            var t = timeline.Timeline;
            for (var k = 0; k < t.Times.Count; k++)
            {
                foreach (var edge in t.Edges)
                {
                    CsvFormat.Row(csv, [
                        timeline.CellId, timeline.Scheduler, CsvFormat.Number(t.Times[k]), CsvFormat.Number(edge.Edge),
                        CsvFormat.Number(edge.Mbps[k]), CsvFormat.Number(edge.QueuedMegabits[k]), edge.Up[k] ? "1" : "0",
                    ]);
                }
            }
        });
    }

    public static CellTimeline Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        if (!csv.Read() || !csv.ReadHeader() || !Header.SequenceEqual(csv.HeaderRecord ?? []))
        {
            throw new InvalidInputException(path, "not a timeline file of this tool version; delete the cells folder and run again");
        }
        var samples = new List<(string Cell, string Scheduler, double Time, int Edge, double Mbps, double Queued, bool Up)>();
        while (csv.Read())
        {
            samples.Add((csv.GetField(0)!, csv.GetField(1)!, CsvFormat.ParseDouble(csv.GetField(2)!), int.Parse(csv.GetField(3)!, CultureInfo.InvariantCulture),
                CsvFormat.ParseDouble(csv.GetField(4)!), CsvFormat.ParseDouble(csv.GetField(5)!), csv.GetField(6) == "1"));
        }
        if (samples.Count == 0)
        {
            throw new InvalidInputException(path, "the timeline holds no samples");
        }
        var times = samples.Select(s => s.Time).Distinct().ToArray();
        var edges = samples.GroupBy(s => s.Edge).OrderBy(g => g.Key)
            .Select(g => new EdgeTimeline(g.Key, [.. g.Select(s => s.Mbps)], [.. g.Select(s => s.Queued)], [.. g.Select(s => s.Up)])).ToArray();
        return new CellTimeline(samples[0].Cell, samples[0].Scheduler, new SimulationTimeline(times, edges));
    }
}
