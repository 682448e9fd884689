namespace EdgeLearnSim.Core;

/// <summary>
/// Bad input from a user's file or option (docs/conventions.md). <see cref="Exception.Message"/> is the whole one-line
/// error: where (<c>file:line:column</c>, or <c>file: field</c>) and what was expected. The CLI prints it
/// as is and exits with code 2.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string location, string problem)
        : base($"{location}: {problem}")
    {
        Location = location;
        Problem = problem;
    }

    public InvalidInputException(string location, string problem, Exception inner)
        : base($"{location}: {problem}", inner)
    {
        Location = location;
        Problem = problem;
    }

    /// <summary><c>file:line:column</c>, <c>file: field</c>, or an option name.</summary>
    public string Location { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }

    /// <summary>Location for a position in a text file (1-based line and column).</summary>
    public static string At(string file, long line, long column) => $"{file}:{line}:{column}";
}
