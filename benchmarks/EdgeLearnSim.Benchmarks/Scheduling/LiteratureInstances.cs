using System.Globalization;
using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>The R||Cmax instances of <c>benchmarks/rcmax-fr2010</c> and their best-known makespans, found from the repository root.</summary>
public static class LiteratureInstances
{
    public static UnrelatedInstance Read(string file) => UnrelatedInstanceFile.Read(Path.Combine(Folder(), "instances", file));

    public static double BestKnown(string file)
    {
        foreach (var line in File.ReadLines(Path.Combine(Folder(), "best_known.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (fields[0] == file)
            {
                return double.Parse(fields[5], CultureInfo.InvariantCulture);
            }
        }
        throw new ArgumentException($"{file} is not in best_known.csv", nameof(file));
    }

    private static string Folder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EdgeLearnSim.sln")))
            {
                return Path.Combine(folder.FullName, "benchmarks", "rcmax-fr2010");
            }
        }
        throw new InvalidOperationException("EdgeLearnSim.sln not found above the benchmark binaries.");
    }
}
