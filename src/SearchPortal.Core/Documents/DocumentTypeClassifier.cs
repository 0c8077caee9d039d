using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Decides the document type from ordered cue rules in Data/doc-types.txt ("type | field | regex"; the first match
/// wins). Types come from the document's title, note and text, never from the folder it sits in.
/// </summary>
public sealed class DocumentTypeClassifier
{
    public const string FileName = "doc-types.txt";
    public const string Other = "其他";

    public static readonly IReadOnlyList<string> Types =
        ["讲话", "报告", "法律", "条例", "通报", "决定", "意见", "问答", "文章", "新闻", "心得体会", Other];

    private enum Field { Note, FullTitle, Title, Opening, Head, Prose }

    private readonly List<(string Type, Field Field, Regex Regex)> _rules = [];

    public DocumentTypeClassifier(string dataPath)
    {
        foreach (var line in RuleFile.ReadLines(dataPath, FileName))
        {
            var parts = RuleFile.SplitFields(line, 3);
            if (parts.Length != 3) throw RuleFile.Malformed(FileName, line, "expected: type | field | regex");
            if (!Types.Contains(parts[0])) throw RuleFile.Malformed(FileName, line, "unknown type " + parts[0]);
            if (!Enum.TryParse<Field>(parts[1], ignoreCase: true, out var field))
                throw RuleFile.Malformed(FileName, line, "unknown field " + parts[1]);
            Regex regex;
            try { regex = Build(parts[2]); }
            catch (ArgumentException ex) { throw RuleFile.Malformed(FileName, line, ex.Message); }
            _rules.Add((parts[0], field, regex));
        }
    }

    public string Classify(DocumentHead head)
    {
        foreach (var (type, field, regex) in _rules)
        {
            var text = field switch
            {
                Field.Note => head.Note,
                Field.FullTitle => head.Title,
                Field.Title => head.TitleWithoutQuotes,
                Field.Opening => head.Opening,
                Field.Head => head.Head,
                _ => head.IsProse ? "prose" : "",
            };
            if (text.Length > 0 && IsMatch(regex, text)) return type;
        }
        return Other;
    }

    /// <summary>Compiled once: rules run over the head of every document. A pathological rule times out instead of hanging.</summary>
    private static Regex Build(string pattern)
    {
        const RegexOptions common = RegexOptions.Multiline | RegexOptions.CultureInvariant;
        return new Regex(pattern, common | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    // A rule an editor wrote badly must not stop indexing: a timed-out rule simply does not match.
    private static bool IsMatch(Regex regex, string text)
    {
        try { return regex.IsMatch(text); }
        catch (RegexMatchTimeoutException) { return false; }
    }
}
