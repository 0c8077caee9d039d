using System.Text;
using System.Text.RegularExpressions;
using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Removes scraping noise from blocks without losing text: page furniture lines (patterns from
/// <c>Data/noise-patterns.txt</c>), whitespace-only lines, zero-width characters, and junk lines trailing the
/// document (digits-only such as <c>47 3038637</c>, punctuation-only such as <c>");</c>). Full-width spaces and NBSP
/// become normal spaces and runs of spaces collapse; Chinese punctuation is kept as written. Blank lines disappear
/// because blank blocks are dropped.
/// </summary>
public sealed class NoiseCleaner
{
    public const string PatternFileName = "noise-patterns.txt";

    /// <summary>Longer lines are real text even if they start like furniture (e.g. a sentence mentioning 来源).</summary>
    private const int MaxNoiseLineLength = 80;

    private readonly Regex? _noise;

    /// <summary>Uses the rule files shipped beside the binaries (AppContext.BaseDirectory/Data).</summary>
    public NoiseCleaner() : this(Path.Combine(AppContext.BaseDirectory, "Data")) { }

    public NoiseCleaner(string dataPath)
    {
        var patterns = RuleFile.ReadLines(dataPath, PatternFileName);
        if (patterns.Count > 0)
        {
            try
            {
                // One alternation compiled once; the non-backtracking engine keeps matching linear in the line length.
                _noise = new Regex("^(?:" + string.Join("|", patterns.Select(p => "(?:" + p + ")")) + ")$",
                    RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException($"噪声规则文件中有无效的正则表达式 {Path.Combine(dataPath, PatternFileName)} (invalid pattern): {ex.Message}", ex);
            }
        }
    }

    public IReadOnlyList<TextBlock> Clean(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = NormaliseSpaces(block.Text);
            if (text.Length == 0 || IsFurniture(text)) continue;
            result.Add(ReferenceEquals(text, block.Text) ? block : block with { Text = text });
        }
        while (result.Count > 0 && result[^1].Kind == BlockKind.Paragraph && IsTrailingJunk(result[^1].Text))
            result.RemoveAt(result.Count - 1);
        return result;
    }

    public bool IsFurniture(string line) => line.Length <= MaxNoiseLineLength && _noise != null && _noise.IsMatch(line);

    /// <summary>
    /// Junk that scrapers leave at the end of a page: digits and spaces only ("47 3038637") or no letter/digit at all
    /// ("\");"). A trailing date such as "2021-03-05" has digits and punctuation and is kept.
    /// </summary>
    public static bool IsTrailingJunk(string line)
    {
        bool digits = false, punctuation = false;
        foreach (var c in line)
        {
            if (char.IsLetter(c)) return false;
            if (char.IsDigit(c)) digits = true;
            else if (c != ' ') punctuation = true;
        }
        return !(digits && punctuation);
    }

    /// <summary>Drops zero-width characters, turns NBSP/U+3000/other Unicode spaces and tabs into spaces, collapses runs, trims.</summary>
    public static string NormaliseSpaces(string text)
    {
        if (!NeedsNormalising(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsZeroWidth(c)) continue;
            if (IsSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsNormalising(string text)
    {
        if (text.Length == 0) return false;
        if (text[0] == ' ' || text[^1] == ' ') return true;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (IsZeroWidth(c) || (IsSpace(c) && (c != ' ' || previousSpace))) return true;
            previousSpace = c == ' ';
        }
        return false;
    }

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060' or '\u00AD';

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u202F' or '\u205F' or '\u1680' or '\r' or '\n' or '\f' or '\v'
        || c is >= '\u2000' and <= '\u200A';
}
