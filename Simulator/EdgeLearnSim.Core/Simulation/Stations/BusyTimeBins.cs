namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>Busy seconds per fixed-width time bin [k·width, (k+1)·width), grown as intervals arrive.</summary>
internal sealed class BusyTimeBins(double width)
{
    private readonly List<double> busy = [];

    public void Add(double from, double until)
    {
        if (until <= from)
        {
            return;
        }
        var first = (int)Math.Floor(from / width);
        var last = (int)Math.Floor(until / width);
        while (busy.Count <= last)
        {
            busy.Add(0);
        }
        for (var k = first; k <= last; k++)
        {
            var overlap = Math.Min(until, (k + 1) * width) - Math.Max(from, k * width);
            if (overlap > 0)
            {
                busy[k] += overlap;
            }
        }
    }

    /// <summary>Busy fraction of each bin up to <paramref name="end"/>; the last bin is measured against its part before end.</summary>
    public double[] Fractions(double end)
    {
        var count = Math.Max(1, (int)Math.Ceiling(end / width));
        var fractions = new double[count];
        for (var k = 0; k < count; k++)
        {
            var span = Math.Min(width, end - (k * width));
            var seconds = k < busy.Count ? busy[k] : 0;
            fractions[k] = span > 0 ? Math.Min(1, seconds / span) : 0;
        }
        return fractions;
    }
}
