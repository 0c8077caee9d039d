using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace SearchPortal.Core.Comparison;

/// <summary>
/// 新旧对照: two documents from the store compared article by article (<see cref="ArticleAligner"/>), with the
/// changes inside an aligned article marked character by character (DiffPlex). Engine-neutral: it reads documents
/// through the contract's <see cref="IDocumentStore"/>.
/// </summary>
public sealed class EditionComparer(IDocumentStore documents)
{
    /// <summary>Null when either document does not exist or <paramref name="scope"/> may not see it (the same answer).</summary>
    public EditionComparison? Compare(string a, string b, AccessScope scope)
    {
        if (documents.Get(a, scope) is not { } older || documents.Get(b, scope) is not { } newer) return null;
        var rows = ArticleAligner.Align(ArticleSplitter.Split(older.Paragraphs), ArticleSplitter.Split(newer.Paragraphs));
        int Count(string change) => rows.Count(r => r.Change == change);
        return new EditionComparison
        {
            A = older.Id, B = newer.Id, ATitle = older.Title, BTitle = newer.Title,
            AYear = older.Editions.FirstOrDefault(e => e.Id == older.Id)?.Year ?? older.Year,
            BYear = newer.Editions.FirstOrDefault(e => e.Id == newer.Id)?.Year ?? newer.Year,
            Summary = new ComparisonSummary(Count(ArticleAligner.Changed), Count(ArticleAligner.Added), Count(ArticleAligner.Deleted),
                Count(ArticleAligner.Moved), Count(ArticleAligner.Unchanged)),
            Articles = rows.Select(ToComparison).ToList(),
        };
    }

    private static ArticleComparison ToComparison(AlignedArticle row)
    {
        var (aHtml, bHtml) = row.A != null && row.B != null && row.A.Text != row.B.Text
            ? Marked(row.A.Text, row.B.Text)
            : (Encode(row.A?.Text), Encode(row.B?.Text));
        return new ArticleComparison(row.A?.Number, row.B?.Number, row.Change,
            row.A == null ? "" : Encode(row.A.Label + " ") + aHtml, row.B == null ? "" : Encode(row.B.Label + " ") + bHtml);
    }

    /// <summary>Both texts encoded, removed characters in &lt;del&gt; on the a side, added ones in &lt;ins&gt; on the b side.</summary>
    public static (string A, string B) Marked(string a, string b)
    {
        var diff = new Differ().CreateDiffs(a, b, false, false, new CharacterChunker());
        var sa = new StringBuilder();
        var sb = new StringBuilder();
        int pa = 0, pb = 0;
        foreach (var block in diff.DiffBlocks)
        {
            sa.Append(Encode(a[pa..block.DeleteStartA]));
            sb.Append(Encode(b[pb..block.InsertStartB]));
            if (block.DeleteCountA > 0) sa.Append("<del>").Append(Encode(a.Substring(block.DeleteStartA, block.DeleteCountA))).Append("</del>");
            if (block.InsertCountB > 0) sb.Append("<ins>").Append(Encode(b.Substring(block.InsertStartB, block.InsertCountB))).Append("</ins>");
            pa = block.DeleteStartA + block.DeleteCountA;
            pb = block.InsertStartB + block.InsertCountB;
        }
        sa.Append(Encode(a[pa..]));
        sb.Append(Encode(b[pb..]));
        return (sa.ToString(), sb.ToString());
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
