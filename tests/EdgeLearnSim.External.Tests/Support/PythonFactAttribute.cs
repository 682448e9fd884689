namespace EdgeLearnSim.External.Tests.Support;

/// <summary>A fact that is skipped, with the reason stated, on a machine without python3.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        if (!Python.Available)
        {
            Skip = Python.SkipReason;
        }
    }
}
