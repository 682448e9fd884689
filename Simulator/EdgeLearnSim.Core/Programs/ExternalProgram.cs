namespace EdgeLearnSim.Core.Programs;

/// <summary>
/// A program outside this tool that schedules or dispatches over the JSON protocol (docs/external-protocol.md):
/// the <see cref="Label"/> it reports under (the <c>scheduler</c> column), the command that starts it, and the
/// wall-clock safety net for each call. The command is run directly (no shell).
/// </summary>
public sealed record ExternalProgram
{
    /// <summary>The safety net when an entry sets none.</summary>
    public static readonly TimeSpan DefaultCallLimit = TimeSpan.FromSeconds(60);

    public ExternalProgram(string label, IReadOnlyList<string> command, TimeSpan? callLimit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0 || command.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A command is a non-empty list of non-empty words.", nameof(command));
        }
        var limit = callLimit ?? DefaultCallLimit;
        if (limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(callLimit), limit, "The call limit must be positive.");
        }
        Label = label;
        Command = [.. command];
        CallLimit = limit;
    }

    public string Label { get; }

    /// <summary>The program and its arguments, relative paths already resolved (<see cref="Resolve"/>).</summary>
    public IReadOnlyList<string> Command { get; }

    /// <summary>Wall-clock limit for one call: a whole offline schedule, or one online decision (and the start-up before it).</summary>
    public TimeSpan CallLimit { get; }

    /// <summary>The command as one line, for messages.</summary>
    public string CommandLine => string.Join(' ', Command.Select(w => w.Any(char.IsWhiteSpace) ? $"'{w}'" : w));

    /// <summary>
    /// Resolves <paramref name="command"/> as trace paths are: the first word is taken relative to
    /// <paramref name="folder"/> when it contains a '/' (else found on PATH); a later word that names an existing
    /// file or folder relative to <paramref name="folder"/> becomes its absolute path; other words stay as written.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> command, string folder)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(folder);
        var resolved = new string[command.Count];
        for (var k = 0; k < command.Count; k++)
        {
            var word = command[k];
            var candidate = Path.IsPathRooted(word) ? word : Path.GetFullPath(Path.Combine(folder, word));
            var isPath = k == 0 ? word.Contains('/', StringComparison.Ordinal) : File.Exists(candidate) || Directory.Exists(candidate);
            resolved[k] = isPath ? candidate : word;
        }
        return resolved;
    }
}
