namespace EdgeLearnSim.External.Tests.Support;

/// <summary>Checks by pid that a process is gone (a zombie awaiting its reaper counts as gone: it runs nothing).</summary>
internal static class Processes
{
    public static bool IsGone(int pid)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var stat = $"/proc/{pid}/stat";
            string? text = null;
            try
            {
                text = File.Exists(stat) ? File.ReadAllText(stat) : null;
            }
            catch (IOException)
            {
                // It went away between the two calls.
            }
            // The state is the field after the parenthesised command name.
            if (text is null || text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return true;
            }
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>The pids a test program wrote, one per line (itself, then the child it started).</summary>
    public static int[] Read(string file) =>
        [.. File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => int.Parse(l, System.Globalization.CultureInfo.InvariantCulture))];
}
