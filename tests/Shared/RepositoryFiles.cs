namespace EdgeLearnSim.Tests.Shared;

/// <summary>
/// Committed files (traces, scenarios, benchmark instances) found from the test binary's folder, wherever the
/// repository is checked out: the root is the first folder above it that holds EdgeLearnSim.sln. Compiled into every
/// test project (tests/Directory.Build.props).
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "EdgeLearnSim.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("EdgeLearnSim.sln not found above " + AppContext.BaseDirectory);
    }
}
