namespace SearchPortal.Web.Models;

/// <summary>The reuse page: the checked draft, its report, and the draft cut into paragraphs of plain and reused pieces.</summary>
public sealed class ReusePageModel
{
    public string Draft { get; init; } = "";
    public ReuseReport? Report { get; init; }
    public string? Notice { get; init; }

    /// <summary>
    /// The draft's lines (its paragraphs), blank ones left out, each as pieces in order: plain text, or a reused
    /// sentence numbered in reading order (the number links the sentence to its sources under the paragraph).
    /// </summary>
    public IReadOnlyList<ReuseParagraph> Paragraphs()
    {
        var result = new List<ReuseParagraph>();
        var segments = Report?.Segments ?? [];
        var next = 0;
        var number = 0;
        var start = 0;
        while (start <= Draft.Length)
        {
            var end = Draft.IndexOf('\n', start);
            if (end < 0) end = Draft.Length;
            var pieces = new List<ReusePiece>();
            var at = start;
            while (next < segments.Count && segments[next].End <= end)
            {
                var s = segments[next++];
                if (s.Start > at) pieces.Add(new ReusePiece(Draft[at..s.Start], null, 0));
                pieces.Add(new ReusePiece(Draft[s.Start..s.End], s, ++number));
                at = s.End;
            }
            if (end > at) pieces.Add(new ReusePiece(Draft[at..end], null, 0));
            if (pieces.Any(p => p.Text.Trim().Length > 0)) result.Add(new ReuseParagraph(pieces));
            start = end + 1;
        }
        return result;
    }

    public static string Percent(double share) => $"{share * 100:0.#}%";
}

public sealed record ReuseParagraph(IReadOnlyList<ReusePiece> Pieces)
{
    public IEnumerable<ReusePiece> Reused => Pieces.Where(p => p.Segment != null);
}

public sealed record ReusePiece(string Text, ReuseSegment? Segment, int Number);
