namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// An LP solution's x_ij, kept sparse: for each task the edges it uses with a share above
/// <see cref="ZeroShare"/>, in ascending edge order. Shares of one task sum to 1 up to GLOP's tolerance.
/// </summary>
internal sealed class FractionalAssignment(EdgeShare[][] sharesByTask)
{
    /// <summary>Shares at or below this are GLOP's numerical zeros, not part of the support.</summary>
    public const double ZeroShare = 1e-9;

    /// <summary>A share at or above 1 − this counts as a whole task.</summary>
    public const double WholeShareTolerance = 1e-6;

    public int TaskCount => sharesByTask.Length;

    public ReadOnlySpan<EdgeShare> SharesOf(int task) => sharesByTask[task];

    /// <summary>The edge holding (almost) the whole task, or −1 when the task is split.</summary>
    public int WholeEdgeOf(int task)
    {
        foreach (var share in sharesByTask[task])
        {
            if (share.Share >= 1 - WholeShareTolerance)
            {
                return share.Edge;
            }
        }
        return -1;
    }
}
