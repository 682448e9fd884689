using System.Diagnostics;

namespace EdgeLearnSim.Experiments.Tests.Repository;

/// <summary>
/// The repository is self-contained (docs/conventions.md): no tracked file points at the build machines' shared folder,
/// which a user who clones the repository does not have.
/// </summary>
public sealed class SelfContainedTests
{
    // Assembled at run time so that this file does not match itself.
    private static readonly string[] Outside = [".." + "/shared", "/work" + "/shared"];

    [Fact]
    public void NoTrackedFile_RefersToTheSharedFolder()
    {
        var root = RepositoryFiles.Root;
        var files = TrackedFiles(root);
        Assert.Contains("README.md", files);
        var hits = files
            .Select(f => Path.Combine(root, f))
            .Where(path => File.Exists(path) && !IsBinary(path))
            .SelectMany(path => File.ReadLines(path).Select((line, k) => (path, k, line)))
            .Where(x => Outside.Any(token => x.line.Contains(token, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(root, x.path)}:{x.k + 1}: {x.line.Trim()}")
            .ToArray();
        Assert.True(hits.Length == 0, string.Join("\n", hits));
    }

    /// <summary>git's list of tracked files; without git or a .git folder, every file outside bin/, obj/ and .git/.</summary>
    private static List<string> TrackedFiles(string root)
    {
        if (Directory.Exists(Path.Combine(root, ".git")) && GitListFiles(root) is { } tracked)
        {
            return tracked;
        }
        string[] skipped = ["bin", "obj", ".git"];
        return [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => skipped.Contains(part)))];
    }

    private static List<string>? GitListFiles(string root)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", root, "ls-files", "-z"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)] : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[4096];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }

}
