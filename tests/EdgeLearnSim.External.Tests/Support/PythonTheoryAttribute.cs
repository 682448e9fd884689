namespace EdgeLearnSim.External.Tests.Support;

/// <summary>A theory that is skipped, with the reason stated, on a machine without python3.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute()
    {
        if (!Python.Available)
        {
            Skip = Python.SkipReason;
        }
    }
}
