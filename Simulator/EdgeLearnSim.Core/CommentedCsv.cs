using System.Globalization;
using CsvHelper.Configuration;

namespace EdgeLearnSim.Core;

/// <summary>How the project reads shipped CSV tables: invariant culture, a header row, <c>#</c> source lines skipped.</summary>
public static class CommentedCsv
{
    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        AllowComments = true,
        Comment = '#',
        TrimOptions = TrimOptions.Trim,
        DetectColumnCountChanges = false,
    };
}
