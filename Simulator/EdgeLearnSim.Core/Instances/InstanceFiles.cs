namespace EdgeLearnSim.Core.Instances;

/// <summary>Reads any instance a user can point at: a project folder or a literature file.</summary>
public static class InstanceFiles
{
    /// <summary>
    /// A folder is read as the project's format (<see cref="InstanceFolder"/>, giving an <see cref="EdgeLearningInstance"/>);
    /// a file as the literature's unrelated-machines format (<see cref="UnrelatedInstanceFile"/>, giving an
    /// <see cref="UnrelatedInstance"/>).
    /// </summary>
    /// <exception cref="InvalidInputException">Nothing at <paramref name="path"/>, or bad content located by file, line and column.</exception>
    public static ISchedulingInstance Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return InstanceFolder.Read(path);
        }
        if (File.Exists(path))
        {
            return UnrelatedInstanceFile.Read(path);
        }
        throw new InvalidInputException(path, "no such instance folder or file");
    }
}
