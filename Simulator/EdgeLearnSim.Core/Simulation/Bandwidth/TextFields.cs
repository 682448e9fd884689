namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>Splits a line of a whitespace-separated trace file into fields that remember their columns.</summary>
internal static class TextFields
{
    public static List<TextField> Split(string line)
    {
        var fields = new List<TextField>();
        var k = 0;
        while (k < line.Length)
        {
            while (k < line.Length && char.IsWhiteSpace(line[k]))
            {
                k++;
            }
            var start = k;
            while (k < line.Length && !char.IsWhiteSpace(line[k]))
            {
                k++;
            }
            if (k > start)
            {
                fields.Add(new TextField(line[start..k], start + 1));
            }
        }
        return fields;
    }
}
