using System.Text;
using System.Text.RegularExpressions;
using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Reads the <see cref="DocumentHead"/> of a document: its title (front matter, the reader's, the first real line,
/// else the file name; lines matching title-skip.txt are passed over), an editor's note, the opening paragraphs and
/// the first lines, so that the metadata rules never scan the whole text.
/// </summary>
public sealed partial class DocumentHeadReader
{
    public const string TitleSkipFile = "title-skip.txt";

    /// <summary>A first line longer than this is body text, not a title (the file name is used instead).</summary>
    private const int MaxTitleLength = 80;

    /// <summary>Head cues (问：/答：, 网友…：, 【关键词】, 第一条) sit at line starts: longer lines are cut for speed.</summary>
    private const int HeadLineLength = 120;

    private static readonly char[] TrimChars = [' ', '\t', '\u3000', '\u00A0', '\u200B', '\uFEFF', '\r', '\n'];

    private readonly Regex[] _titleSkip;

    public DocumentHeadReader(string dataPath)
    {
        _titleSkip = RuleFile.ReadLines(dataPath, TitleSkipFile)
            .Select(p => new Regex(p, RegexOptions.Compiled | RegexOptions.CultureInvariant))
            .ToArray();
    }

    public DocumentHead Read(RawDocument raw, IReadOnlyList<Paragraph> paragraphs)
    {
        var count = Math.Min(paragraphs.Count, DocumentHead.HeadParagraphs);
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++) lines.Add(paragraphs[i].Text.Trim(TrimChars));

        var (title, titleLine) = FindTitle(raw, lines);
        var note = FindNote(lines);

        var opening = new StringBuilder();
        var taken = 0;
        for (var i = titleLine + 1; i < lines.Count && taken < 3; i++)
        {
            if (CleanLine(lines[i]) == title) continue;
            opening.Append(lines[i]).Append('\n');
            taken++;
        }

        var headText = new StringBuilder();
        foreach (var line in lines) headText.Append(line.Length > HeadLineLength ? line[..HeadLineLength] : line).Append('\n');

        var sentences = 0;
        var chars = 0;
        foreach (var p in paragraphs)
        {
            chars += p.Text.Length;
            if (p.Text.Contains('。')) sentences++;
            if (sentences >= 3 && chars >= 300) break;
        }

        return new DocumentHead
        {
            Id = raw.Id,
            Title = title,
            TitleWithoutQuotes = WithoutQuotes(title),
            Note = note,
            Opening = opening.ToString(),
            Head = headText.ToString(),
            Lines = lines,
            IsProse = sentences >= 3 && chars >= 300,
        };
    }

    /// <summary>"020 《共产党人》发刊词" → "《共产党人》发刊词"; "护士条例(2020-03-27)" → "护士条例"; "_" (a replaced 《 》) → " ".</summary>
    internal static string TitleFromFileName(string id)
    {
        var name = Path.GetFileNameWithoutExtension(id.Replace('\\', '/'));
        name = FileNumberPrefixRegex().Replace(name, "");
        name = FileDateSuffixRegex().Replace(name, "");
        name = name.Replace('_', ' ');
        name = SpacesRegex().Replace(name, " ").Trim();
        return name.Length > 0 ? name : Path.GetFileName(id);
    }

    /// <summary>Front matter title, the reader's title, the first real line, else a title made from the file name.</summary>
    private (string Title, int Line) FindTitle(RawDocument raw, List<string> lines)
    {
        if (raw.FrontMatter.TryGetValue("title", out var fm) && fm.Trim().Length > 0) return (fm.Trim(), -1);
        if (!string.IsNullOrWhiteSpace(raw.Title)) return (CleanLine(raw.Title), -1);
        for (var i = 0; i < lines.Count && i < 10; i++)
        {
            if (IsSkippedLine(lines[i])) continue;
            var line = CleanLine(lines[i]);
            if (line.Length == 0 || IsSkippedLine(line)) continue;
            // The first real line is the title only if it is short; a document that opens with a paragraph
            // (编者按, a question) is better named by its file name.
            return IsTitleLike(line) ? (line, i) : (TitleFromFileName(raw.Id), -1);
        }
        return (TitleFromFileName(raw.Id), -1);
    }

    /// <summary>Short, and not a sentence: "滥用职权罪是指…的行为。" is body text even when short.</summary>
    private static bool IsTitleLike(string line)
    {
        if (line.Length > MaxTitleLength) return false;
        var stop = line.IndexOf('。');
        return stop < 0 || line.Length <= 25;
    }

    private bool IsSkippedLine(string line)
    {
        foreach (var r in _titleSkip)
            if (r.IsMatch(line)) return true;
        return false;
    }

    /// <summary>Markdown marks removed: "# 标题", "**标题**", "> * 这是…".</summary>
    private static string CleanLine(string line)
    {
        line = line.Trim(TrimChars).TrimStart('#', '>', ' ', '\u3000').Trim(TrimChars);
        if (line.Contains("**")) line = line.Replace("**", "");
        if (line.StartsWith("* ") || line.StartsWith("- ")) line = line[2..];
        if (line.Contains('[') || line.Contains('〔'))
            line = FootnoteMarkRegex().Replace(MarkdownLinkRegex().Replace(MarkdownImageRegex().Replace(line, ""), "$1"), "");
        return line.Trim(TrimChars).TrimEnd('*', '＊').Trim(TrimChars);
    }

    private static string WithoutQuotes(string title)
    {
        if (!title.Contains('《')) return title;
        var stripped = QuotationRegex().Replace(title, "");
        // "《中共中央八项规定》（全文）": the quotation is the title itself.
        var letters = BracketedRegex().Replace(stripped, "").Count(c => c >= '\u4E00' && c <= '\u9FFF');
        return letters >= 2 ? stripped : title.Replace("《", "").Replace("》", "");
    }

    private static string FindNote(List<string> lines)
    {
        foreach (var line in lines)
        {
            var idx = line.IndexOf("这是", StringComparison.Ordinal);
            if (idx < 0 || idx > 6) continue;
            // Only an editor's note: "* 这是…", "> * 这是…", "＊这是…" (a sentence starting 这是 in prose is not one).
            var prefix = line[..idx];
            if (idx > 0 && prefix.Trim(TrimChars).Trim('*', '>', '＊', ' ', '　', '※').Length > 0) continue;
            if (idx == 0) continue;
            var note = line[idx..];
            var end = note.IndexOf('。');
            return end > 0 ? note[..end] : note;
        }
        return "";
    }

    [GeneratedRegex(@"^\d{1,4}(?:_\d+)?\s+")]
    private static partial Regex FileNumberPrefixRegex();

    [GeneratedRegex(@"\s*[（(]\d{4}-\d{1,2}-\d{1,2}[）)]\s*$")]
    private static partial Regex FileDateSuffixRegex();

    [GeneratedRegex(@"\[\d{1,3}\]|〔\d{1,3}〕")]
    private static partial Regex FootnoteMarkRegex();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownImageRegex();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLinkRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex BracketedRegex();

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex QuotationRegex();
}
