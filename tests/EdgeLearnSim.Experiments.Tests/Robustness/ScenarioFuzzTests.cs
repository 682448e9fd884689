using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Solvers;
using MathNet.Numerics.Random;
using Xunit.Abstractions;

namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// Seeded random mutants of every scenario in <c>Scenarios/</c> through <c>validate</c> and, while small enough, a
/// tiny <c>run</c>, all in-process: each either succeeds with complete outputs or fails with exit code 2 and the
/// documented one-line errors; none throws, hangs (per-command timeout) or leaves a partial report or temp file.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class ScenarioFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int MutantsPerScenario = 800;
    private const int RunBudget = 50;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void MutatedScenarios_SucceedOrFailWithTheDocumentedShape()
    {
        var repository = RepositoryFiles.Root;
        // Mutants live outside the repository, so the traces the scenarios name must sit beside them.
        CopyFolder(Path.Combine(repository, "Traces", "bandwidth-traces"), Path.Combine(folder.Path, "Traces", "bandwidth-traces"));
        var sources = Directory.GetFiles(Path.Combine(repository, "Scenarios"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(sources);
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(7, "scenario-fuzz")), threadSafe: false);
        int validated = 0, rejected = 0, runs = 0, runsRejected = 0;
        var validateTime = TimeSpan.Zero;
        var runTime = TimeSpan.Zero;
        foreach (var source in sources)
        {
            var shrunk = ScenarioMutator.Shrink(File.ReadAllText(source));
            // The unmutated shrunk scenario must be valid, else every mutant would only test the same error.
            Assert.Equal(0, Validate(folder.Write("base.yaml", shrunk), shrunk).Exit);
            for (var k = 0; k < MutantsPerScenario; k++)
            {
                var mutant = ScenarioMutator.Mutate(shrunk, random);
                var file = folder.Write("mutant.yaml", mutant);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var validation = Validate(file, mutant);
                validateTime += clock.Elapsed;
                validated++;
                if (validation.Exit != 0)
                {
                    rejected++;
                    continue;
                }
                if (runs < RunBudget && IsTiny(file))
                {
                    runs++;
                    clock.Restart();
                    runsRejected += RunTiny(file, mutant, runs) ? 0 : 1;
                    runTime += clock.Elapsed;
                }
            }
        }
        output.WriteLine($"scenario fuzz: {validated} mutants of {sources.Length} scenarios validated ({rejected} rejected with exit 2), {runs} tiny runs ({runsRejected} rejected with exit 2); {validated + runs} cases in total; validate {validateTime.TotalSeconds:0.0} s, runs {runTime.TotalSeconds:0.0} s");
        Assert.True(rejected > validated / 4, "mutations should break many files");
        Assert.True(validated - rejected > validated / 20, "mutations should leave many files valid");
        Assert.Equal(RunBudget, runs);
    }

    private static CliResult Validate(string file, string mutant)
    {
        var result = Timed(mutant, "validate", file);
        Assert.True(result.Exit is 0 or 2, $"validate exit {result.Exit} for\n{mutant}\n{result.Error}");
        if (result.Exit == 2)
        {
            CheckShape(result, mutant);
        }
        return result;
    }

    /// <summary>True when the run succeeded, false when it was refused with exit 2; anything else fails the test.</summary>
    private bool RunTiny(string file, string mutant, int index)
    {
        var outputRoot = Path.Combine(folder.Path, "out-" + index.ToString(CultureInfo.InvariantCulture));
        var result = Timed(mutant, "run", file, "--out", outputRoot, "--parallel", "2");
        Assert.True(result.Exit is 0 or 2, $"run exit {result.Exit} for\n{mutant}\n{result.Error}");
        var leftovers = Directory.Exists(outputRoot)
            ? Directory.GetFiles(outputRoot, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.Contains(".partial", StringComparison.Ordinal)).ToArray()
            : [];
        Assert.True(leftovers.Length == 0, $"temporary files left: {string.Join(", ", leftovers)}\n{mutant}");
        var reports = Directory.Exists(outputRoot)
            ? Directory.GetFiles(outputRoot, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) is "runs.csv" or "report.md" or "summary.csv").ToArray()
            : [];
        if (result.Exit == 2)
        {
            CheckShape(result, mutant);
            Assert.True(reports.Length == 0, $"a refused run left a report: {string.Join(", ", reports)}\n{mutant}");
            return false;
        }
        Assert.Equal(3, reports.Length);
        foreach (var csv in Directory.GetFiles(outputRoot, "*.csv", SearchOption.AllDirectories))
        {
            AssertCompleteCsv(csv);
        }
        Directory.Delete(outputRoot, recursive: true);
        return true;
    }

    private static void CheckShape(CliResult result, string mutant)
    {
        try
        {
            CliHarness.AssertErrorShape(result);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\nfor the scenario\n{mutant}");
        }
    }

    private static CliResult Timed(string mutant, params string[] args)
    {
        var command = Task.Run(() => CliHarness.Run(args));
        Assert.True(command.Wait(CommandTimeout), $"'{args[0]}' did not finish within {CommandTimeout.TotalSeconds} s for\n{mutant}");
        return command.Result;
    }

    /// <summary>Small enough for a tiny run: a few cells of a few tasks (mutants may have grown them).</summary>
    private static bool IsTiny(string file)
    {
        var scenario = ScenarioReader.Load(file, SchedulerCatalog.Default).Scenario!;
        return CellPlan.Enumerate(scenario).Count <= 12
            && scenario.Points.All(p => p.Settings.Instance.Tasks <= 40 && p.Settings.Instance.Edges <= 12)
            && scenario.Schedulers.Count <= 3;
    }

    /// <summary>Every row has the header's field count and the file ends with a newline.</summary>
    internal static void AssertCompleteCsv(string path)
    {
        var text = File.ReadAllText(path);
        Assert.True(text.EndsWith('\n'), $"{path} does not end with a newline");
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        Assert.True(csv.Read() && csv.ReadHeader(), $"{path} has no header");
        var columns = csv.HeaderRecord!.Length;
        while (csv.Read())
        {
            Assert.Equal(columns, csv.Parser.Count);
        }
    }


    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
