namespace EdgeLearnSim.Core.Distributions;

/// <summary>Character positions in a raw CSV line, for error messages that point at the bad field.</summary>
internal static class CsvColumn
{
    /// <summary>1-based character column where field <paramref name="fieldIndex"/> starts (commas inside quotes skipped).</summary>
    public static int Of(string rawLine, int fieldIndex)
    {
        var field = 0;
        var quoted = false;
        for (var position = 0; position < rawLine.Length; position++)
        {
            if (field == fieldIndex)
            {
                return position + 1;
            }
            var character = rawLine[position];
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == ',' && !quoted)
            {
                field++;
            }
        }
        return rawLine.TrimEnd('\r', '\n').Length + 1;
    }
}
