using System.Runtime.InteropServices;

namespace EdgeLearnSim.External.Supervision;

/// <summary>
/// On Linux a program is started through <c>setsid</c>, so it leads a process group of its own that every
/// descendant joins; killing the group reaches children whose parent has already exited, which a walk of the
/// process tree cannot find. Elsewhere (or without <c>/usr/bin/setsid</c>) only the tree walk is used.
/// </summary>
internal static partial class ProcessGroup
{
    private const string SetSid = "/usr/bin/setsid";
    private const int SigKill = 9;

    public static bool Available { get; } = OperatingSystem.IsLinux() && File.Exists(SetSid);

    /// <summary>The launcher and arguments that start <paramref name="command"/> as a group leader.</summary>
    public static (string FileName, IEnumerable<string> Arguments) Launch(IReadOnlyList<string> command) =>
        Available ? (SetSid, command) : (command[0], command.Skip(1));

    /// <summary>Kills every process still in the group that <paramref name="leader"/> started.</summary>
    public static void Kill(int leader)
    {
        if (Available)
        {
            _ = KillGroup(-leader, SigKill);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int KillGroup(int pid, int signal);
}
