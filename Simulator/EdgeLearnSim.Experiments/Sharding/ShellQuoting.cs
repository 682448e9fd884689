using System.Text.RegularExpressions;

namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>Quotes words for a POSIX shell so that a script passes them through unchanged.</summary>
internal static partial class ShellQuoting
{
    /// <summary><paramref name="word"/> as is when it holds no character the shell treats specially, else in single quotes.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return PlainWord().IsMatch(word) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    [GeneratedRegex("^[A-Za-z0-9_./=:,+@-]+$")]
    private static partial Regex PlainWord();
}
