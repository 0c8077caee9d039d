using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Turns cleaned blocks into numbered paragraphs with heading paths. Headings come from the reader (Markdown,
/// docx styles), from Markdown "#" lines in plain text, and from Chinese outline numbering in plain text
/// (一、 （一） 1. （1） 第一章 第十二条 …).
/// </summary>
/// <remarks>
/// A numbered line that is only a heading becomes a heading entry. A numbered line that opens with a heading
/// sentence and goes on with body text ("1.要深刻认识到，…。在全面从严治党实践中…") stays one body paragraph; its first
/// sentence becomes a heading-path element for itself and what follows, until the next heading of the same or a
/// higher rank. Articles (第十二条 …) work the same way with the article number as the label. Short list items
/// ending in "；" close their siblings' scope but open none of their own.
/// </remarks>
public sealed class StructureParser
{
    public const string PathSeparator = " › ";

    /// <summary>A numbered line without a sentence end and at most this long is a pure heading.</summary>
    private const int MaxHeadingLength = 60;

    /// <summary>A single numbered sentence ("2.要深刻剖析自身存在的问题和根源。") at most this long is a heading.</summary>
    private const int MaxHeadingSentenceLength = 40;

    private static readonly char[] TrimChars = [' ', '\t', '\u3000', '\u00A0', '\u200B', '\uFEFF', '\r', '\n'];

    public IReadOnlyList<Paragraph> Parse(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<Paragraph>(blocks.Count);
        var path = new HeadingStack();
        var titleIndex = FindTitleHeading(blocks);
        // What the last numbered line of each rank turned out to be: "（八）…。" after "（七）…；" is a list item too.
        var lastRoles = new Dictionary<int, LineRole>();

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var (isHeading, level, text) = ReaderHeading(block);
            if (text.Length == 0) continue; // empty "## " headings and blank lines carry no text

            if (isHeading)
            {
                if (i == titleIndex)
                {
                    // The document title: shown as a heading, but not repeated in every paragraph's path.
                    Add(result, text, path, 1);
                    continue;
                }
                path.Close(level);
                path.Push(level, HeadingLabel.Shorten(text));
                Add(result, text, path, path.Count);
                continue;
            }

            var detection = Normalize(text);
            var numbering = NumberingDetector.Detect(detection);
            if (numbering is not { } n)
            {
                if (i != titleIndex && result.Count > 0 && IsLabelHeading(detection, blocks, i))
                {
                    path.Close(LabelRank);
                    path.Push(LabelRank, detection);
                    Add(result, text, path, path.Count);
                }
                else Add(result, text, path, 0);
                continue;
            }

            switch (Classify(n, detection, path.HasArticle, lastRoles))
            {
                case LineRole.Heading:
                    path.Close(n.Rank);
                    path.Push(n.Rank, n.Rest.Length > 0 || n.Kind == NumberingKind.Notes
                        ? HeadingLabel.FirstSentence(detection)
                        : NumberWithNextLine(n, blocks, i));
                    Add(result, text, path, path.Count);
                    lastRoles[n.Rank] = LineRole.Heading;
                    break;
                case LineRole.LabelledBody:
                    path.Close(n.Rank);
                    var label = n.Kind == NumberingKind.Article ? n.Number : HeadingLabel.FirstSentence(detection);
                    path.Push(n.Rank, label);
                    Add(result, text, path, 0);
                    lastRoles[n.Rank] = LineRole.LabelledBody;
                    break;
                default: // list item: ends its siblings' scope, opens none
                    path.Close(n.Rank);
                    Add(result, text, path, 0);
                    lastRoles[n.Rank] = LineRole.ListItem;
                    break;
            }
        }
        return result;
    }

    private enum LineRole { Heading, LabelledBody, ListItem }

    private static LineRole Classify(Numbering n, string line, bool inArticle, Dictionary<int, LineRole> lastRoles)
    {
        if (n.Rest.Length == 0) return LineRole.Heading;
        if (n.Kind == NumberingKind.Article) return LineRole.LabelledBody;

        var end = HeadingLabel.SentenceEnd(line);
        if (end < 0)
        {
            var last = line[^1];
            if (last is '，' or ',' or '、') return LineRole.ListItem;
            return line.Length <= MaxHeadingLength ? LineRole.Heading : LineRole.LabelledBody;
        }
        if (end == line.Length - 1)
        {
            if (line[end] is '；' or ';') return LineRole.ListItem;
            // Items of an article, or the last of a run of "…；" items, end with "。" but are still items.
            if (inArticle || lastRoles.GetValueOrDefault(n.Rank, LineRole.Heading) == LineRole.ListItem) return LineRole.ListItem;
            return line.Length <= MaxHeadingSentenceLength ? LineRole.Heading : LineRole.LabelledBody;
        }
        return LineRole.LabelledBody;
    }

    /// <summary>Unnumbered section labels ("基本案情", "意见分析") enclose the numbered outline that follows them.</summary>
    private const int LabelRank = NumberingDetector.FirstRank - 1;

    private static readonly HashSet<string> NotLabels = ["同志们", "朋友们", "同学们", "谢谢大家", "谢谢"];

    /// <summary>
    /// A short all-Chinese line (2–12 characters, no punctuation, not a date) between longer paragraphs is a section
    /// label such as "内容提要", "基本案情", "分歧意见". Runs of short lines (verse, name lists) are not labels.
    /// </summary>
    private static bool IsLabelHeading(string line, IReadOnlyList<TextBlock> blocks, int i)
    {
        if (line.Length is < 2 or > 12 || !IsAllCjk(line) || NotLabels.Contains(line)) return false;
        if (line.Contains('年') && line.Contains('月')) return false;
        if (i + 1 >= blocks.Count || blocks[i + 1].Kind != BlockKind.Paragraph) return false;
        if (Normalize(blocks[i + 1].Text).Length < 20) return false;
        if (i > 0 && blocks[i - 1].Kind == BlockKind.Paragraph)
        {
            var previous = Normalize(blocks[i - 1].Text);
            if (previous.Length <= 12 && IsAllCjk(previous)) return false;
        }
        return true;
    }

    private static bool IsAllCjk(string text)
    {
        foreach (var c in text)
            if (c is < '\u4E00' or > '\u9FFF') return false;
        return true;
    }

    /// <summary>"二、" alone on its line, its text on the next: the label is "二、" plus the next line's first sentence.</summary>
    private static string NumberWithNextLine(Numbering n, IReadOnlyList<TextBlock> blocks, int i)
    {
        if (i + 1 >= blocks.Count || blocks[i + 1].Kind != BlockKind.Paragraph) return n.Number;
        var next = Normalize(blocks[i + 1].Text);
        if (next.Length == 0 || next[0] == '#' || NumberingDetector.Detect(next) != null) return n.Number;
        return HeadingLabel.FirstSentence(n.Number + next);
    }

    private static void Add(List<Paragraph> result, string text, HeadingStack path, int level) =>
        result.Add(new Paragraph(result.Count + 1, text, path.Joined, level));

    /// <summary>The open headings, outermost first; the joined path string is built once per change, not per paragraph.</summary>
    private sealed class HeadingStack
    {
        private readonly List<(int Rank, string Label)> _items = [];
        private string? _joined = "";

        public int Count => _items.Count;

        public bool HasArticle => _items.Exists(h => h.Rank == NumberingDetector.RankOf(NumberingKind.Article));

        public string Joined => _joined ??= string.Join(PathSeparator, _items.Select(h => h.Label));

        /// <summary>Closes every open heading of rank <paramref name="rank"/> or deeper.</summary>
        public void Close(int rank)
        {
            if (_items.RemoveAll(h => h.Rank >= rank) > 0) _joined = null;
        }

        public void Push(int rank, string label)
        {
            _items.Add((rank, label));
            _joined = null;
        }
    }

    /// <summary>Reader headings, or Markdown "#" lines left in plain text (毛选 .txt files are Markdown).</summary>
    private static (bool IsHeading, int Level, string Text) ReaderHeading(TextBlock block)
    {
        var text = block.Text.Trim(TrimChars);
        if (block.Kind == BlockKind.Heading)
            return (true, Math.Clamp(block.Level, 1, 6), StripHeadingMarks(text));
        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && (hashes == text.Length || text[hashes] is ' ' or '\u3000' or '\t'))
            return (true, hashes, StripHeadingMarks(text[hashes..]));
        if (hashes > 6 && hashes == text.Length) return (false, 0, "");
        return (false, 0, text);
    }

    private static string StripHeadingMarks(string text) => text.Replace("**", "").Trim(TrimChars).TrimStart('#').Trim(TrimChars);

    /// <summary>Text used for numbering detection and labels: trimmed, Markdown bold removed.</summary>
    private static string Normalize(string text) => (text.Contains("**") ? text.Replace("**", "") : text).Trim(TrimChars);

    /// <summary>
    /// Index of a leading heading that is the document title (Markdown H1, or a lone first heading above all others),
    /// or -1. A first heading at the same level as later ones ("## 第一章" … "## 第二章") is a section, not a title.
    /// </summary>
    private static int FindTitleHeading(IReadOnlyList<TextBlock> blocks)
    {
        var first = -1;
        var firstLevel = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // Most blocks are plain paragraphs that do not start with '#': decide those without trimming.
            if (first >= 0 && block.Kind == BlockKind.Paragraph && !block.Text.AsSpan().TrimStart().StartsWith("#")) continue;
            var (isHeading, level, text) = ReaderHeading(block);
            if (text.Length == 0) continue;
            if (first < 0)
            {
                if (!isHeading) return -1;
                first = i;
                firstLevel = level;
                continue;
            }
            if (isHeading && level <= firstLevel) return -1;
        }
        return first;
    }
}
