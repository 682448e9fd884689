namespace EdgeLearnSim.Experiments.Tests.Support;

/// <summary>The checkout this test assembly was built from: the first folder above it holding EdgeLearnSim.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EdgeLearnSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
