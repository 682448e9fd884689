using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EdgeLearnSim.Core;

namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// Writes the Slurm job scripts that run one scenario as N shards and then merge them:
/// <c>shards.sbatch</c>, an array job <c>--array=0-(N-1)</c> whose task K runs
/// <c>edgelearnsim run SCENARIO --shard slurm --out DIR --resume</c>; <c>merge.sbatch</c>, running
/// <c>edgelearnsim merge DIR</c>; and <c>submit.sh</c>, which queues the array and then the merge with
/// <c>--dependency=afterany:&lt;array job id&gt;</c>, so the merge renders what finished even when a shard failed. They go to <c>DIR/&lt;scenario name&gt;/slurm/</c>.
/// </summary>
public static partial class SlurmScriptWriter
{
    /// <summary>The scripts for <paramref name="settings"/>, validated but not written.</summary>
    /// <exception cref="InvalidInputException">A setting Slurm would reject or the scripts could not carry, located at its option.</exception>
    public static SlurmScripts Render(SlurmJobSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);
        var directory = Path.Combine(settings.OutputDirectory, settings.ScenarioName, "slurm");
        var logs = Path.Combine(directory, SlurmScripts.LogsDirectoryName);
        if (!SbatchLineSafePath().IsMatch(logs))
        {
            throw new InvalidInputException("--out",
                $"the job scripts name the log directory '{logs}' in #SBATCH lines, which cannot quote: " +
                "choose an output directory (and scenario name) without spaces, quotes, '%' or '\\'");
        }
        var jobName = JobNameUnsafeCharacter().Replace(settings.ScenarioName, "_");
        return new SlurmScripts(
            directory,
            RenderShards(settings, jobName, logs),
            RenderMerge(settings, jobName, logs),
            RenderSubmit(settings));
    }

    /// <summary>
    /// Renders the scripts and writes them (each file replaced whole, <c>submit.sh</c> executable), creating
    /// the script and log directories. Existing results under the output directory are not touched.
    /// </summary>
    /// <exception cref="InvalidInputException">As for <see cref="Render"/>.</exception>
    public static SlurmScripts Write(SlurmJobSettings settings)
    {
        var scripts = Render(settings);
        Directory.CreateDirectory(scripts.LogsDirectory);
        WriteReplacing(scripts.ShardsPath, scripts.Shards);
        WriteReplacing(scripts.MergePath, scripts.Merge);
        WriteReplacing(scripts.SubmitPath, scripts.Submit);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(scripts.SubmitPath, File.GetUnixFileMode(scripts.SubmitPath)
                | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return scripts;
    }

    private static string RenderShards(SlurmJobSettings settings, string jobName, string logs)
    {
        var script = new StringBuilder();
        Line(script, "#!/bin/bash");
        Line(script, $"# Shards of scenario '{settings.ScenarioName}': array task K runs shard K of {settings.Shards},");
        Line(script, $"# the cells at positions K, K+{settings.Shards}, K+{2 * settings.Shards}, ... of the scenario's stable cell order.");
        Line(script, "# Queue it with submit.sh beside it, which also queues the merge. Submitting it again is safe:");
        Line(script, "# with --resume a shard skips the cells it has already written.");
        Line(script, $"#SBATCH --job-name=els-{jobName}-shards");
        Line(script, $"#SBATCH --array=0-{settings.Shards - 1}");
        Line(script, "#SBATCH --ntasks=1");
        Line(script, "#SBATCH --cpus-per-task=1");
        ResourceLines(script, settings);
        Line(script, $"#SBATCH --output={logs}/shard-%A_%a.out");
        Line(script, "set -euo pipefail");
        Line(script, $"exec {ToolCommand(settings)} run {ShellQuoting.Quote(settings.ScenarioPath)} --shard slurm " +
            $"--out {ShellQuoting.Quote(settings.OutputDirectory)} --resume --parallel \"${{SLURM_CPUS_PER_TASK:-1}}\"");
        return script.ToString();
    }

    private static string RenderMerge(SlurmJobSettings settings, string jobName, string logs)
    {
        var script = new StringBuilder();
        Line(script, "#!/bin/bash");
        Line(script, $"# Merges the {settings.Shards} shards of scenario '{settings.ScenarioName}' into runs.csv, summary.csv, figures and report.md.");
        Line(script, "# submit.sh queues it to start after every shard has ended, whatever its exit code: it renders what finished.");
        Line(script, $"#SBATCH --job-name=els-{jobName}-merge");
        Line(script, "#SBATCH --ntasks=1");
        Line(script, "#SBATCH --cpus-per-task=1");
        Line(script, "#SBATCH --kill-on-invalid-dep=yes");
        ResourceLines(script, settings);
        Line(script, $"#SBATCH --output={logs}/merge-%j.out");
        Line(script, "set -euo pipefail");
        Line(script, $"exec {ToolCommand(settings)} merge {ShellQuoting.Quote(settings.OutputDirectory)}");
        return script.ToString();
    }

    private static string RenderSubmit(SlurmJobSettings settings)
    {
        var script = new StringBuilder();
        Line(script, "#!/bin/bash");
        Line(script, $"# Queues the {settings.Shards} shards of scenario '{settings.ScenarioName}' as one array job, then the merge");
        Line(script, "# as a job that runs after all of them, whatever their exit codes (--dependency=afterany), rendering what");
        Line(script, "# finished and naming what failed or never ran. Arguments go to the merge job's sbatch; e.g. `submit.sh --wait`");
        Line(script, "# returns when the merged results are written: 0 if every cell of every shard finished.");
        Line(script, "set -euo pipefail");
        Line(script, "here=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)");
        Line(script, $"shards_job=$(sbatch --parsable \"$here/{SlurmScripts.ShardsFileName}\")");
        Line(script, "shards_job=${shards_job%%;*}");
        Line(script, $"echo \"shards: job $shards_job (array 0-{settings.Shards - 1})\"");
        // With --wait sbatch exits with the merge's code: keep going to say why it failed.
        Line(script, "status=0");
        Line(script, $"merge_job=$(sbatch --parsable --dependency=afterany:\"$shards_job\" \"$@\" \"$here/{SlurmScripts.MergeFileName}\") || status=$?");
        Line(script, "merge_job=${merge_job%%;*}");
        Line(script, "echo \"merge: job $merge_job\"");
        // The merge exits 1 when some run failed or some cell never ran: say where to look.
        Line(script, "for argument in \"$@\"; do");
        Line(script, "    [ \"$argument\" = --wait ] || [ \"$argument\" = -W ] || continue");
        Line(script, "    state=$(scontrol show job -o \"$merge_job\" 2>/dev/null | sed -n 's/.*JobState=\\([A-Z_]*\\).*/\\1/p')");
        Line(script, "    if [ -n \"$state\" ] && [ \"$state\" != COMPLETED ]; then");
        Line(script, "        echo \"merge: job $merge_job ended $state: some runs failed or never ran; see failures.csv beside report.md and $here/logs/\" >&2");
        Line(script, "        exit 1");
        Line(script, "    fi");
        Line(script, "done");
        Line(script, "exit \"$status\"");
        return script.ToString();
    }

    private static void ResourceLines(StringBuilder script, SlurmJobSettings settings)
    {
        if (settings.Partition is not null)
        {
            Line(script, $"#SBATCH --partition={settings.Partition}");
        }
        if (settings.TimeLimit is not null)
        {
            Line(script, $"#SBATCH --time={settings.TimeLimit}");
        }
        if (settings.Memory is not null)
        {
            Line(script, $"#SBATCH --mem={settings.Memory}");
        }
    }

    private static string ToolCommand(SlurmJobSettings settings) =>
        string.Join(' ', settings.ToolCommand.Select(ShellQuoting.Quote));

    private static void Line(StringBuilder script, string line) => script.Append(line).Append('\n');

    private static void Validate(SlurmJobSettings settings)
    {
        if (settings.Shards < 1)
        {
            throw new InvalidInputException("--shards", string.Create(CultureInfo.InvariantCulture,
                $"the number of shards must be at least 1, got {settings.Shards}"));
        }
        if (settings.ToolCommand.Count == 0 || settings.ToolCommand.Any(string.IsNullOrEmpty))
        {
            throw new InvalidInputException("--tool", "the command that starts edgelearnsim on a node is empty");
        }
        if (settings.Partition is not null && !PartitionList().IsMatch(settings.Partition))
        {
            throw new InvalidInputException("--partition",
                $"expected a partition name or a comma-separated list of them (letters, digits, '_', '.', '-'), got '{settings.Partition}'");
        }
        if (settings.TimeLimit is not null && !SlurmTime().IsMatch(settings.TimeLimit))
        {
            throw new InvalidInputException("--time",
                $"expected a Slurm time limit: minutes, M:S, H:M:S, D-H, D-H:M, D-H:M:S or UNLIMITED (e.g. 30, 2:00:00, 1-12), got '{settings.TimeLimit}'");
        }
        if (settings.Memory is not null && !SlurmMemory().IsMatch(settings.Memory))
        {
            throw new InvalidInputException("--mem",
                $"expected a whole amount with an optional unit K, M, G or T (e.g. 4G, 500M; megabytes without a unit), got '{settings.Memory}'");
        }
    }

    private static void WriteReplacing(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$")]
    private static partial Regex PartitionList();

    [GeneratedRegex(@"^(\d+(:\d+){0,2}|\d+-\d+(:\d+){0,2}|UNLIMITED|INFINITE)$", RegexOptions.IgnoreCase)]
    private static partial Regex SlurmTime();

    [GeneratedRegex("^[0-9]+[KMGTkmgt]?$")]
    private static partial Regex SlurmMemory();

    [GeneratedRegex(@"^[^\s""'%\\]+$")]
    private static partial Regex SbatchLineSafePath();

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex JobNameUnsafeCharacter();
}
