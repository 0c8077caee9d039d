namespace SearchPortal.Core.Reuse;

/// <summary>One sentence of a draft: its span in the draft and its normalised form.</summary>
public sealed record DraftSentence(int Start, int End, string Normalized);

/// <summary>
/// The text side of the reuse check, shared by indexing (paragraph fingerprints) and checking (draft sentences):
/// one normalisation, one shingle size and one sentence splitter, so both sides agree character for character.
/// </summary>
public static class ReuseText
{
    /// <summary>Characters per shingle: 4 Chinese characters are rare enough to select candidates, short enough to
    /// survive light edits (two dropped characters still leave most 4-grams of a 30-character sentence intact).</summary>
    public const int ShingleSize = 4;

    private const string Terminators = "。！？；!?;…";
    private const string Closers = "”’」』）)】》\"'";

    /// <summary>
    /// Width-folded, lower-cased letters and digits only: punctuation, spaces and symbols carry no reuse (a writer
    /// changes them freely), so a sentence with other punctuation normalises to the same string.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsLetterOrDigit(c)) continue;
            buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>The distinct character <see cref="ShingleSize"/>-grams of a normalised text (none when shorter).</summary>
    public static IReadOnlyCollection<string> Shingles(string normalized)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleSize <= normalized.Length; i++) set.Add(normalized.Substring(i, ShingleSize));
        return set;
    }

    /// <summary>
    /// Sentences of a draft, in order: a sentence ends at 。！？；… (with the closing quotation marks or brackets that
    /// follow) or at a line break; its span is trimmed of whitespace. Offsets are into <paramref name="draft"/>.
    /// Spans with no letter or digit (blank lines, lone punctuation) are left out.
    /// </summary>
    public static IReadOnlyList<DraftSentence> SplitSentences(string draft)
    {
        var sentences = new List<DraftSentence>();
        var start = 0;
        for (var i = 0; i < draft.Length; i++)
        {
            var c = draft[i];
            if (c is '\n' or '\r') { Add(sentences, draft, start, i); start = i + 1; continue; }
            if (!Terminators.Contains(c)) continue;
            var end = i + 1;
            while (end < draft.Length && (Terminators.Contains(draft[end]) || Closers.Contains(draft[end]))) end++;
            Add(sentences, draft, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, draft, start, draft.Length);
        return sentences;
    }

    private static void Add(List<DraftSentence> sentences, string draft, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(draft[start])) start++;
        while (end > start && char.IsWhiteSpace(draft[end - 1])) end--;
        if (end <= start) return;
        var normalized = Normalize(draft.AsSpan(start, end - start));
        if (normalized.Length > 0) sentences.Add(new DraftSentence(start, end, normalized));
    }
}
