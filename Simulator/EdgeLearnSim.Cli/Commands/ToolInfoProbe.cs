using System.Diagnostics;
using System.Reflection;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>Finds the tool version, the git commit of the working folder (if git and a repository are there) and package versions.</summary>
internal static class ToolInfoProbe
{
    public static ToolInfo Probe()
    {
        var packages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in new[]
        {
            typeof(YamlDotNet.RepresentationModel.YamlStream).Assembly,
            typeof(CsvHelper.CsvWriter).Assembly,
            typeof(MathNet.Numerics.Distributions.StudentT).Assembly,
            typeof(ScottPlot.Plot).Assembly,
            typeof(SkiaSharp.SKBitmap).Assembly,
            typeof(Google.OrTools.LinearSolver.Solver).Assembly,
            typeof(System.CommandLine.RootCommand).Assembly,
            typeof(Spectre.Console.AnsiConsole).Assembly,
        })
        {
            packages[assembly.GetName().Name!] = VersionOf(assembly);
        }
        packages[".NET"] = Environment.Version.ToString();
        return new ToolInfo(VersionOf(typeof(ToolInfoProbe).Assembly), GitCommit(), packages) { SourceState = CompiledCode() };
    }

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }

    private static string? GitCommit()
    {
        var commit = Git("rev-parse HEAD");
        if (commit is null)
        {
            return null;
        }
        // Generated reports under Reports/ are outputs, not source: rewriting them does not make the tool dirty.
        return Git("status --porcelain --untracked-files=no -- :(top,exclude)Reports") is { Length: > 0 } ? commit + "-dirty" : commit;
    }

    // Builds are deterministic, so a module's version id changes exactly when its compiled code does: stored cells are
    // keyed by the code that computed them, whatever folder the tool runs from and whether its tree was committed.
    private static string CompiledCode() => Experiments.Fingerprints.SettingsDigest.HashOf(System.Text.Encoding.UTF8.GetBytes(string.Join(
        '\n',
        new[]
        {
            typeof(EdgeLearnSim.Engine.SimulationEnvironment), typeof(EdgeLearnSim.Core.Instances.InstanceGenerator), typeof(Solvers.SchedulerCatalog),
            typeof(External.ExternalScheduler), typeof(Experiments.Running.CellRunner), typeof(ToolInfoProbe),
        }.Select(t => t.Assembly.ManifestModule.ModuleVersionId))));

    private static string? Git(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
