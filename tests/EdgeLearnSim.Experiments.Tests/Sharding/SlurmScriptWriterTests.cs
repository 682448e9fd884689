using System.Diagnostics;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Experiments.Tests.Sharding;

public sealed class SlurmScriptWriterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("els-slurm-test-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static SlurmJobSettings Settings(int shards = 7) => new()
    {
        ScenarioPath = "/home/ada/My Scenarios/paper.yaml",
        ScenarioName = "paper",
        Shards = shards,
        OutputDirectory = "/scratch/ada/out",
        ToolCommand = ["dotnet", "/opt/els/edgelearnsim.dll"],
        Partition = "short",
        TimeLimit = "2:00:00",
        Memory = "4G",
    };

    [Fact]
    public void Render_ShardsScript_IsTheArrayJobOverAllShards()
    {
        var scripts = SlurmScriptWriter.Render(Settings());

        Assert.Equal(
            """
            #!/bin/bash
            # Shards of scenario 'paper': array task K runs shard K of 7,
            # the cells at positions K, K+7, K+14, ... of the scenario's stable cell order.
            # Queue it with submit.sh beside it, which also queues the merge. Submitting it again is safe:
            # with --resume a shard skips the cells it has already written.
            #SBATCH --job-name=els-paper-shards
            #SBATCH --array=0-6
            #SBATCH --ntasks=1
            #SBATCH --cpus-per-task=1
            #SBATCH --partition=short
            #SBATCH --time=2:00:00
            #SBATCH --mem=4G
            #SBATCH --output=/scratch/ada/out/paper/slurm/logs/shard-%A_%a.out
            set -euo pipefail
            exec dotnet /opt/els/edgelearnsim.dll run '/home/ada/My Scenarios/paper.yaml' --shard slurm --out /scratch/ada/out --resume --parallel "${SLURM_CPUS_PER_TASK:-1}"

            """.ReplaceLineEndings("\n"),
            scripts.Shards);
        Assert.Equal("/scratch/ada/out/paper/slurm", scripts.Directory);
    }

    [Fact]
    public void Render_MergeScript_MergesTheOutputDirectoryAndDiesWithAFailedShard()
    {
        var scripts = SlurmScriptWriter.Render(Settings());

        Assert.Equal(
            """
            #!/bin/bash
            # Merges the 7 shards of scenario 'paper' into runs.csv, summary.csv, figures and report.md.
            # submit.sh queues it to start after every shard has ended, whatever its exit code: it renders what finished.
            #SBATCH --job-name=els-paper-merge
            #SBATCH --ntasks=1
            #SBATCH --cpus-per-task=1
            #SBATCH --kill-on-invalid-dep=yes
            #SBATCH --partition=short
            #SBATCH --time=2:00:00
            #SBATCH --mem=4G
            #SBATCH --output=/scratch/ada/out/paper/slurm/logs/merge-%j.out
            set -euo pipefail
            exec dotnet /opt/els/edgelearnsim.dll merge /scratch/ada/out

            """.ReplaceLineEndings("\n"),
            scripts.Merge);
    }

    [Fact]
    public void Render_WithoutResourceOptions_LeavesThemToTheCluster()
    {
        var scripts = SlurmScriptWriter.Render(Settings(shards: 1) with { Partition = null, TimeLimit = null, Memory = null });

        Assert.Contains("#SBATCH --array=0-0\n", scripts.Shards, StringComparison.Ordinal);
        foreach (var text in new[] { scripts.Shards, scripts.Merge })
        {
            Assert.DoesNotContain("--partition", text, StringComparison.Ordinal);
            Assert.DoesNotContain("--time", text, StringComparison.Ordinal);
            Assert.DoesNotContain("--mem", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_QuotesToolAndScenarioWordsForTheShell()
    {
        var settings = Settings() with { ToolCommand = ["/opt/it's here/edgelearnsim"], ScenarioPath = "/a/$HOME;rm.yaml" };

        var scripts = SlurmScriptWriter.Render(settings);

        Assert.Contains("exec '/opt/it'\\''s here/edgelearnsim' run '/a/$HOME;rm.yaml' --shard slurm", scripts.Shards, StringComparison.Ordinal);
        Assert.Contains("exec '/opt/it'\\''s here/edgelearnsim' merge /scratch/ada/out\n", scripts.Merge, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("5:30")]
    [InlineData("12:00:00")]
    [InlineData("1-12")]
    [InlineData("2-0:30")]
    [InlineData("2-00:30:00")]
    [InlineData("UNLIMITED")]
    public void Render_SlurmTimeFormats_AreAccepted(string time)
    {
        var scripts = SlurmScriptWriter.Render(Settings() with { TimeLimit = time });

        Assert.Contains($"#SBATCH --time={time}\n", scripts.Shards, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null, null, null, "/o", "--shards", "at least 1")]
    [InlineData(2, "a b", null, null, "/o", "--partition", "got 'a b'")]
    [InlineData(2, "gpu\n#SBATCH --x", null, null, "/o", "--partition", "partition name")]
    [InlineData(2, null, "2h", null, "/o", "--time", "got '2h'")]
    [InlineData(2, null, "1:2:3:4", null, "/o", "--time", "got '1:2:3:4'")]
    [InlineData(2, null, null, "4GB", "/o", "--mem", "got '4GB'")]
    [InlineData(2, null, null, "-1", "/o", "--mem", "got '-1'")]
    [InlineData(2, null, null, null, "/my results", "--out", "without spaces")]
    [InlineData(2, null, null, null, "/100%", "--out", "'%'")]
    public void Render_BadSetting_IsInvalidInputAtItsOption(
        int shards, string? partition, string? time, string? memory, string output, string location, string expected)
    {
        var settings = Settings(shards) with { Partition = partition, TimeLimit = time, Memory = memory, OutputDirectory = output };

        var error = Assert.Throws<InvalidInputException>(() => SlurmScriptWriter.Render(settings));

        Assert.Equal(location, error.Location);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JobName_KeepsOnlySafeCharactersOfTheScenarioName()
    {
        var scripts = SlurmScriptWriter.Render(Settings() with { ScenarioName = "paper(v2)+x" });

        Assert.Contains("#SBATCH --job-name=els-paper_v2__x-shards\n", scripts.Shards, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CreatesScriptsAndLogDirectory_SubmitExecutable()
    {
        var scripts = SlurmScriptWriter.Write(Settings(shards: 3) with { OutputDirectory = directory });

        Assert.Equal(Path.Combine(directory, "paper", "slurm"), scripts.Directory);
        Assert.Equal(scripts.Shards, File.ReadAllText(scripts.ShardsPath));
        Assert.Equal(scripts.Merge, File.ReadAllText(scripts.MergePath));
        Assert.Equal(scripts.Submit, File.ReadAllText(scripts.SubmitPath));
        Assert.True(Directory.Exists(scripts.LogsDirectory));
        Assert.Empty(Directory.GetFiles(scripts.Directory, "*.tmp"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(scripts.SubmitPath).HasFlag(UnixFileMode.UserExecute));
        }
    }

    /// <summary>
    /// Runs the written submit.sh against stand-ins for <c>sbatch</c> (records its arguments, prints job ids)
    /// and <c>scontrol</c> (reports the merge job in <paramref name="mergeState"/>): the array is queued first,
    /// then the merge with a dependency on the array's job id and the caller's arguments; with --wait, a merge
    /// that did not complete (Slurm cancels it when a shard fails) makes submit.sh fail.
    /// </summary>
    [Theory]
    [InlineData("COMPLETED", 0)]
    [InlineData("CANCELLED", 1)]
    [InlineData("FAILED", 1)]
    public void Submit_QueuesArrayThenMergeDependingOnIt(string mergeState, int expectedExitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var scripts = SlurmScriptWriter.Write(Settings(shards: 3) with { OutputDirectory = directory });
        var calls = Path.Combine(directory, "sbatch-calls");
        var bin = FakeCommands(
            ("sbatch", $"echo \"$*\" >> '{calls}'\nn=$(wc -l < '{calls}')\necho \"$((4100 + n));cluster\"\n"),
            ("scontrol", $"[ \"$*\" = 'show job -o 4102' ] && echo 'JobId=4102 JobName=els-paper-merge JobState={mergeState} Reason=None'\n"));

        var (exitCode, output) = RunBash(scripts.SubmitPath, bin, "--wait", "--qos=low");

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Equal(
            [$"--parsable {scripts.ShardsPath}", $"--parsable --dependency=afterany:4101 --wait --qos=low {scripts.MergePath}"],
            File.ReadAllLines(calls));
        Assert.StartsWith("shards: job 4101 (array 0-2)\nmerge: job 4102\n", output, StringComparison.Ordinal);
        if (expectedExitCode != 0)
        {
            Assert.Contains($"merge: job 4102 ended {mergeState}: some runs failed or never ran", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Submit_WithoutWait_DoesNotAskForTheMergeState()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var scripts = SlurmScriptWriter.Write(Settings(shards: 2) with { OutputDirectory = directory });
        var bin = FakeCommands(("sbatch", "echo 17\n"), ("scontrol", "exit 9\n"));

        var (exitCode, output) = RunBash(scripts.SubmitPath, bin);

        Assert.Equal(0, exitCode);
        Assert.Equal("shards: job 17 (array 0-1)\nmerge: job 17\n", output);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string FakeCommands(params (string Name, string Body)[] commands)
    {
        var bin = Directory.CreateDirectory(Path.Combine(directory, "bin")).FullName;
        foreach (var (name, body) in commands)
        {
            var path = Path.Combine(bin, name);
            File.WriteAllText(path, "#!/bin/bash\n" + body);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return bin;
    }

    [Fact]
    public void Scripts_AreValidBash()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var scripts = SlurmScriptWriter.Write(Settings() with { OutputDirectory = directory });

        foreach (var path in new[] { scripts.ShardsPath, scripts.MergePath, scripts.SubmitPath })
        {
            var (exitCode, output) = RunBash("-n", null, path);
            Assert.True(exitCode == 0, $"{path}: {output}");
        }
    }

    private static (int ExitCode, string Output) RunBash(string script, string? pathPrefix, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        if (pathPrefix is not null)
        {
            start.Environment["PATH"] = pathPrefix + ":" + System.Environment.GetEnvironmentVariable("PATH");
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
