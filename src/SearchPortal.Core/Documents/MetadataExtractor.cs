using System.Text;
using System.Text.RegularExpressions;
using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Extracts title, date, type, speaker, role, level, occasion and topics using the rule files in the data folder
/// (doc-types.txt, roles.txt, levels.txt, occasions.txt, topics.txt, title-skip.txt, not-speakers.txt).
/// Rules are loaded once; per document only the first <see cref="DocumentHead.HeadParagraphs"/> paragraphs are
/// scanned for cues (topics scan the whole text in one pass). YAML front matter keys (title, date, year, type,
/// speaker, role, level, occasion, topics) override whatever was extracted.
/// </summary>
public sealed partial class MetadataExtractor
{
    public const string TitleSkipFile = "title-skip.txt";

    /// <summary>A first line longer than this is body text, not a title (the file name is used instead).</summary>
    private const int MaxTitleLength = 80;

    /// <summary>Lines up to this long near the top are notes, bylines or subtitles ("（一九四四年九月八日）", "时间:…").</summary>
    private const int MaxShortLine = 80;

    /// <summary>Head cues (问：/答：, 网友…：, 【关键词】, 第一条) sit at line starts: longer lines are cut for speed.</summary>
    private const int HeadLineLength = 120;

    /// <summary>Types whose title or subtitle names a speaker's role ("副县长在…上的讲话").</summary>
    private static readonly HashSet<string> SpeechTypes = ["讲话", "报告", "心得体会"];

    private static readonly char[] TrimChars = [' ', '\t', '\u3000', '\u00A0', '\u200B', '\uFEFF', '\r', '\n'];

    private readonly DateExtractor _dates;
    private readonly DocumentTypeClassifier _types;
    private readonly LevelDetector _levels;
    private readonly SpeakerExtractor _speakers;
    private readonly OccasionExtractor _occasions;
    private readonly TopicTagger _topics;
    private readonly Regex[] _titleSkip;

    public MetadataExtractor(string dataPath) : this(dataPath, null) { }

    /// <param name="maxYear">Latest plausible year (default: next year); tests pin it.</param>
    public MetadataExtractor(string dataPath, int? maxYear)
    {
        if (!Directory.Exists(dataPath))
            throw new DirectoryNotFoundException($"规则文件夹不存在: {dataPath} (data folder missing)");
        _dates = new DateExtractor(maxYear);
        _types = new DocumentTypeClassifier(dataPath);
        _levels = new LevelDetector(dataPath);
        _speakers = new SpeakerExtractor(dataPath, _levels);
        _occasions = new OccasionExtractor(dataPath);
        _topics = new TopicTagger(dataPath);
        _titleSkip = RuleFile.ReadLines(dataPath, TitleSkipFile)
            .Select(p => new Regex(p, RegexOptions.Compiled | RegexOptions.CultureInvariant))
            .ToArray();
    }

    public TopicTagger Topics => _topics;

    public DocumentMetadata Extract(RawDocument raw, IReadOnlyList<Paragraph> paragraphs)
    {
        var head = ReadHead(raw, paragraphs);
        var meta = new DocumentMetadata { Title = head.Title };

        SetDate(meta, FindDate(head));
        meta.Type = _types.Classify(head);

        var speechLike = SpeechTypes.Contains(meta.Type) || SpeechTitleRegex().IsMatch(head.Title);
        var subtitles = head.Lines.Take(10).Where(l => l.Length <= MaxShortLine && l != head.Title)
            .Select(l => l.TrimStart('—', '-', '－', '―', '─', ' ', '　')).ToList();

        // "县委书记　周文斌" / "石门镇党委书记　刘海燕" under the title: the author's role and name.
        var byline = subtitles.Take(4).Select(_speakers.FromByline).FirstOrDefault(b => b != null);
        var fileTitle = TitleFromFileName(head.Id);

        meta.Speaker = FirstNonEmpty(
            () => head.Note.Length > 0 ? _speakers.FromNote(head.Note) : "",
            () => _speakers.FromTitle(head.Title),
            () => speechLike ? subtitles.Select(_speakers.FromTitle).FirstOrDefault(s => s.Length > 0) ?? "" : "",
            () => byline?.Name ?? "");

        if (speechLike || byline != null)
        {
            // The speaker's role is the one named before "在" ("市委书记在市委常委班子民主生活会上…"); a role inside
            // the occasion (市委常委班子) is the audience. Then the byline, then the file name's title.
            var role = RoleBeforeAt(head.Title)
                       ?? (byline is { } b ? (b.Role, b.Level) : ((string Role, string Level)?)null)
                       ?? subtitles.Where(s => SpeechTitleRegex().IsMatch(s)).Select(RoleBeforeAt).FirstOrDefault(r => r != null)
                       ?? (fileTitle != head.Title ? RoleBeforeAt(fileTitle) : null);
            if (role is { } r)
            {
                meta.Role = r.Role;
                meta.Level = r.Level;
            }
        }
        if (meta.Level.Length == 0)
            meta.Level = FirstNonEmpty(
                () => _levels.LevelFromTitle(head.TitleWithoutQuotes),
                () => _levels.LevelFromTitle(head.Title),
                () => _levels.LevelFromText(head.Lines.Take(20)));

        meta.OccasionDetail = FirstNonEmpty(
            () => _occasions.Find(head.Title),
            () => _occasions.Find(head.Note),
            () => speechLike ? subtitles.Select(_occasions.Find).FirstOrDefault(o => o.Length > 0) ?? "" : "");
        meta.Occasion = _occasions.Canonical(meta.OccasionDetail);

        meta.Topics = _topics.Tag(head.Title, paragraphs.Select(p => p.Text));

        ApplyFrontMatter(meta, raw.FrontMatter);
        return meta;
    }

    // ---- head of the document ----

    internal DocumentHead ReadHead(RawDocument raw, IReadOnlyList<Paragraph> paragraphs)
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

    // ---- dates ----

    private FoundDate? FindDate(DocumentHead head)
    {
        var fileName = Path.GetFileNameWithoutExtension(head.Id);
        if (_dates.FindFullDate(head.Title) is { } inTitle) return inTitle;
        if (_dates.FindFullDate(fileName, allowCompact: true) is { } inFileName) return inFileName;

        // An edition year in the title or file name ("纪律处分条例 2018", "…（2015年修订）") names the document;
        // a full date near the top is used only when it is of that year (the others are earlier editions' dates).
        var editionYear = (_dates.FindYear(head.Title) ?? _dates.FindYear(TrailingYear(head.Title))
                           ?? _dates.FindYear(fileName) ?? _dates.FindYear(TrailingYear(fileName)))?.Year;

        // "（一九三七年七月）" under the title is the document's own date, even without a day.
        foreach (var line in head.Lines.Take(10))
            if (IsDateNote(line) && (_dates.FindFullDate(line, year: editionYear) ?? _dates.FindYear(line)) is { } note
                && (editionYear == null || note.Year == editionYear)) return note;

        foreach (var line in head.Lines)
            if (line.Length <= MaxShortLine && MayHoldDate(line) && _dates.FindFullDate(line, year: editionYear) is { } d) return d;
        foreach (var line in head.Lines.Take(10))
            if (MayHoldDate(line) && _dates.FindFullDate(line.Length > 300 ? line[..300] : line, year: editionYear) is { } d) return d;
        if (editionYear is { } year) return FoundDate.YearOnly(year);
        foreach (var line in head.Lines.Take(10))
            if (line.Length <= MaxShortLine && MayHoldDate(line) && _dates.FindYear(line) is { } y) return y;
        return null;
    }

    private static bool IsDateNote(string line) =>
        line.Length <= 40 && line.Length > 4 && line[0] is '（' or '(' && line[^1] is '）' or ')' && line.Contains('年');

    /// <summary>"中国共产党纪律处分条例 2018" / "…条例_2023": a bare year at the end, rewritten as "2018年" for the year finder.</summary>
    private static string TrailingYear(string text)
    {
        var m = TrailingYearRegex().Match(text);
        return m.Success ? m.Groups[1].Value + "年" : "";
    }

    // Most lines hold no date at all: skip the date patterns unless a digit or 年 is present.
    private static bool MayHoldDate(string line) => line.AsSpan().IndexOfAny(DateChars) >= 0;

    private static readonly System.Buffers.SearchValues<char> DateChars =
        System.Buffers.SearchValues.Create("0123456789年");

    private static void SetDate(DocumentMetadata meta, FoundDate? found)
    {
        meta.Date = found?.Date;
        meta.YearOnly = found is { Date: null } f ? f.Year : null;
    }

    // ---- front matter ----

    private void ApplyFrontMatter(DocumentMetadata meta, IReadOnlyDictionary<string, string> fm)
    {
        if (fm.Count == 0) return;
        string? Get(string key) =>
            fm.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value?.Trim().Trim('"', '\'');

        if (Get("title") is { Length: > 0 } title) meta.Title = title;
        if (Get("date") is { Length: > 0 } date && _dates.ParseValue(date) is { } d) SetDate(meta, d);
        if (Get("year") is { Length: > 0 } year && int.TryParse(year, out var y) && meta.Date?.Year != y)
        {
            meta.Date = null;
            meta.YearOnly = y;
        }
        if (Get("type") is { Length: > 0 } type) meta.Type = type;
        if (Get("speaker") is { } speaker) meta.Speaker = speaker;
        if (Get("role") is { } role) meta.Role = role;
        if (Get("level") is { } level) meta.Level = level;
        if (Get("occasion") is { } occasion)
        {
            meta.OccasionDetail = occasion;
            meta.Occasion = _occasions.Canonical(occasion);
        }
        if (Get("topics") is { } topics)
            meta.Topics = RuleFile.SplitList(topics.Trim('[', ']')).Select(t => t.Trim('"', '\'', ' ')).Where(t => t.Length > 0).ToList();
    }

    /// <summary>
    /// The role in a speech title: before "在…上的" only ("副县长在…"); a title without that pattern is searched whole
    /// ("县委书记关于…的讲话"). The leftmost, then longest, role wins.
    /// </summary>
    private (string Role, string Level)? RoleBeforeAt(string title)
    {
        var m = SpeechTitleRegex().Match(title);
        return _levels.FindRole(m.Success ? title[..m.Index] : title);
    }

    private static string FirstNonEmpty(params Func<string>[] candidates)
    {
        foreach (var candidate in candidates)
            if (candidate() is { Length: > 0 } value) return value;
        return "";
    }

    [GeneratedRegex(@"在[^，。]{2,40}?上的")]
    private static partial Regex SpeechTitleRegex();

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

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})[\s_]*$")]
    private static partial Regex TrailingYearRegex();

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex QuotationRegex();
}
