using System.Text;

namespace EdgeLearnSim.External.Supervision;

/// <summary>Drains a program's stderr on a background thread, keeping only its last <see cref="Capacity"/> bytes.</summary>
internal sealed class StderrTail
{
    public const int Capacity = 2048;

    private readonly byte[] ring = new byte[Capacity];
    private readonly Thread reader;
    private long written;

    public StderrTail(Stream stderr)
    {
        reader = new Thread(() => Drain(stderr)) { IsBackground = true, Name = "external stderr" };
        reader.Start();
    }

    /// <summary>The last bytes written, on one line (line breaks and control characters become spaces).</summary>
    public string Text(TimeSpan settle)
    {
        // Whatever the program wrote just before it ended is still in the pipe: give the reader a moment.
        reader.Join(settle);
        byte[] bytes;
        lock (ring)
        {
            var count = (int)Math.Min(written, Capacity);
            bytes = new byte[count];
            for (var k = 0; k < count; k++)
            {
                bytes[k] = ring[(written - count + k) % Capacity];
            }
        }
        return OneLine(Encoding.UTF8.GetString(bytes));
    }

    /// <summary><paramref name="text"/> with line breaks and other control characters as spaces, trimmed.</summary>
    public static string OneLine(string text)
    {
        var line = new StringBuilder(text);
        for (var k = 0; k < line.Length; k++)
        {
            if (char.IsControl(line[k]))
            {
                line[k] = ' ';
            }
        }
        return line.ToString().Trim();
    }

    private void Drain(Stream stderr)
    {
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = stderr.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (ring)
                {
                    for (var k = 0; k < read; k++)
                    {
                        ring[(written + k) % Capacity] = buffer[k];
                    }
                    written += read;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process is gone; what was read is kept.
        }
    }
}
