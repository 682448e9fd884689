namespace EdgeLearnSim.Core.Instances;

/// <summary>Splits one line of an instance file into fields, keeping each field's 1-based start column for error messages.</summary>
internal static class TextLine
{
    /// <summary>Fields separated by <paramref name="separator"/> (empty fields kept).</summary>
    public static List<(string Text, int Column)> Split(string line, char separator)
    {
        var fields = new List<(string, int)>();
        var start = 0;
        for (var position = 0; position <= line.Length; position++)
        {
            if (position == line.Length || line[position] == separator)
            {
                fields.Add((line[start..position], start + 1));
                start = position + 1;
            }
        }
        return fields;
    }

    /// <summary>Whitespace-separated tokens (spaces and tabs), empty tokens dropped.</summary>
    public static List<(string Text, int Column)> Tokens(string line)
    {
        var tokens = new List<(string, int)>();
        var position = 0;
        while (position < line.Length)
        {
            while (position < line.Length && char.IsWhiteSpace(line[position]))
            {
                position++;
            }
            var start = position;
            while (position < line.Length && !char.IsWhiteSpace(line[position]))
            {
                position++;
            }
            if (position > start)
            {
                tokens.Add((line[start..position], start + 1));
            }
        }
        return tokens;
    }
}
