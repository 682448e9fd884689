namespace EdgeLearnSim.External.Tests.Support;

/// <summary>Finds committed files from the test binary's folder, wherever the repository is checked out.</summary>
internal static class Repository
{
    public static string Path(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "EdgeLearnSim.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, relative);
            }
        }
        throw new InvalidOperationException("EdgeLearnSim.sln not found above the test binaries.");
    }
}
