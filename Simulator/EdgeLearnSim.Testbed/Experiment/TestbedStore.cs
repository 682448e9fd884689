using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>
/// The testbed's results store, like <c>run</c>'s: one atomically written file per finished cell under
/// <c>DIR/cells/</c>, holding the settings' fingerprint beside each point. A file exists only if its cell completed;
/// one written under other settings is an error, never a silently reused result.
/// </summary>
public sealed class TestbedStore(string folder, string fingerprint)
{
    private const string FingerprintColumn = "fingerprint";

    public string Folder { get; } = Path.Combine(folder, "cells");

    public string PathOf(TestbedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Path.Combine(Folder, cell.FileName);
    }

    public bool Contains(TestbedCell cell) => File.Exists(PathOf(cell));

    public void Write(TestbedCell cell, IReadOnlyList<AccuracyPoint> points) =>
        AtomicFile.WriteAllText(PathOf(cell), PointsTable.Format(points, leadingColumns: [FingerprintColumn], leadingValues: [fingerprint]));

    /// <exception cref="InvalidInputException">The file was written under other settings.</exception>
    public IReadOnlyList<AccuracyPoint> Read(TestbedCell cell)
    {
        var path = PathOf(cell);
        return PointsTable.Read(
            path,
            leading => leading[0] == fingerprint
                ? true
                : throw new InvalidInputException(path, $"was measured with other settings ({leading[0]}); run without --resume or use another --out"),
            leadingColumns: 1);
    }
}
