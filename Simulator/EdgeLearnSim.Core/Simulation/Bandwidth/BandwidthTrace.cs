using System.Globalization;

namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>
/// A measured bandwidth time series: samples (time, Mbps) with strictly increasing times and Mbps ≥ 0 (docs/model.md).
/// Sample k's rate holds from its time until the next sample's time. Times are shifted so the first sample is at
/// 0. The last sample lasts as long as the step before it, which fixes the length of one cycle of the trace
/// (<see cref="CycleSeconds"/>) for repeating it and for its mean.
/// </summary>
public sealed class BandwidthTrace
{
    private readonly double[] times;
    private readonly double[] mbps;

    /// <summary>Builds a trace from samples; throws <see cref="ArgumentException"/> on invalid samples.</summary>
    public BandwidthTrace(string name, IReadOnlyList<double> times, IReadOnlyList<double> mbps)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(mbps);
        if (times.Count == 0 || times.Count != mbps.Count)
        {
            throw new ArgumentException($"Trace {name} needs at least one sample and as many rates as times.");
        }
        Name = name;
        this.times = new double[times.Count];
        this.mbps = new double[times.Count];
        for (var k = 0; k < times.Count; k++)
        {
            if (!double.IsFinite(times[k]) || (k > 0 && times[k] <= times[k - 1]))
            {
                throw new ArgumentException($"Trace {name}: sample {k} time {times[k]} is not finite and strictly increasing.");
            }
            if (!double.IsFinite(mbps[k]) || mbps[k] < 0)
            {
                throw new ArgumentException($"Trace {name}: sample {k} rate {mbps[k]} is not a finite number ≥ 0.");
            }
            this.times[k] = times[k] - times[0];
            this.mbps[k] = mbps[k];
        }
        var lastStep = this.times.Length > 1 ? this.times[^1] - this.times[^2] : 1.0;
        CycleSeconds = this.times[^1] + lastStep;
        var megabits = 0.0;
        for (var k = 0; k < this.times.Length; k++)
        {
            var end = k + 1 < this.times.Length ? this.times[k + 1] : CycleSeconds;
            megabits += this.mbps[k] * (end - this.times[k]);
        }
        MeanMbps = megabits / CycleSeconds;
    }

    /// <summary>Where the trace came from (a file path or a label).</summary>
    public string Name { get; }

    /// <summary>Sample times in seconds, starting at 0.</summary>
    public ReadOnlySpan<double> Times => times;

    /// <summary>Sample rates in Mbps.</summary>
    public ReadOnlySpan<double> Mbps => mbps;

    /// <summary>Length of one cycle: the last sample time plus the step before it (1 s for a single sample).</summary>
    public double CycleSeconds { get; }

    /// <summary>Time-weighted mean rate over one cycle, in Mbps.</summary>
    public double MeanMbps { get; }

    /// <summary>
    /// Reads a trace file: two whitespace-separated columns <c>time_s mbps</c>, no header; blank lines and lines
    /// starting with <c>#</c> are skipped. Bad content throws <see cref="InvalidInputException"/> at file:line:column.
    /// </summary>
    public static BandwidthTrace Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException e)
        {
            throw new InvalidInputException(path, $"cannot read bandwidth trace ({e.Message})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidInputException(path, $"cannot read bandwidth trace ({e.Message})", e);
        }
        return Parse(path, lines);
    }

    /// <summary>Parses trace lines as <see cref="Load"/> does; <paramref name="name"/> is used in error locations.</summary>
    public static BandwidthTrace Parse(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var times = new List<double>();
        var rates = new List<double>();
        for (var row = 0; row < lines.Count; row++)
        {
            var line = lines[row];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            var fields = TextFields.Split(line);
            if (fields.Count != 2)
            {
                throw new InvalidInputException(
                    InvalidInputException.At(name, row + 1, 1),
                    $"expected two columns 'time_s mbps', found {fields.Count}");
            }
            var time = ParseNumber(name, row, fields[0]);
            var rate = ParseNumber(name, row, fields[1]);
            if (times.Count > 0 && time <= times[^1])
            {
                throw new InvalidInputException(
                    InvalidInputException.At(name, row + 1, fields[0].Column),
                    $"time {time.ToString("R", CultureInfo.InvariantCulture)} is not after the previous sample's {times[^1].ToString("R", CultureInfo.InvariantCulture)}; times must increase strictly");
            }
            if (rate < 0)
            {
                throw new InvalidInputException(
                    InvalidInputException.At(name, row + 1, fields[1].Column),
                    $"bandwidth {rate.ToString("R", CultureInfo.InvariantCulture)} Mbps is negative; expected ≥ 0");
            }
            times.Add(time);
            rates.Add(rate);
        }
        if (times.Count == 0)
        {
            throw new InvalidInputException(name, "bandwidth trace has no samples");
        }
        return new BandwidthTrace(name, times, rates);
    }

    private static double ParseNumber(string name, int row, TextField field)
    {
        if (!double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InvalidInputException(
                InvalidInputException.At(name, row + 1, field.Column),
                $"'{field.Text}' is not a finite number");
        }
        return value;
    }
}
