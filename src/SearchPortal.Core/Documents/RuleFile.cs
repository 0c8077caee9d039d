namespace SearchPortal.Core.Documents;

/// <summary>
/// Reads the editable rule files in the data folder: UTF-8 text, one entry per line, "#" starts a comment line,
/// blank lines ignored. A missing or malformed file is reported with its name so an editor can fix it.
/// </summary>
public static class RuleFile
{
    public static IReadOnlyList<string> ReadLines(string dataPath, string fileName)
    {
        var path = Path.Combine(dataPath, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"规则文件缺失: {path} (rule file missing)", path);
        return Entries(path, trim: true);
    }

    /// <summary>Like <see cref="ReadLines"/>, but a missing file is an empty rule set. <paramref name="trim"/> false keeps
    /// each entry's own leading/trailing spaces (only the line break is removed).</summary>
    public static IReadOnlyList<string> ReadOptionalLines(string dataPath, string fileName, bool trim = true)
    {
        var path = Path.Combine(dataPath, fileName);
        return File.Exists(path) ? Entries(path, trim) : [];
    }

    private static List<string> Entries(string path, bool trim) =>
        File.ReadAllLines(path)
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => trim ? l.Trim() : l.TrimEnd('\r'))
            .ToList();

    /// <summary>Splits "a | b | c" into trimmed parts (at most <paramref name="count"/>; the last keeps any further "|").</summary>
    public static string[] SplitFields(string line, int count) =>
        line.Split('|', count, StringSplitOptions.TrimEntries);

    /// <summary>Splits a list value on Chinese or ASCII commas/semicolons.</summary>
    public static string[] SplitList(string value) =>
        value.Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static InvalidDataException Malformed(string fileName, string line, string why) =>
        new($"规则文件 {fileName} 有误: \"{line}\" ({why})");
}
