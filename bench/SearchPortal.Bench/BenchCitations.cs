using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Citations;
using SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Every citation the indexer found in an index, one TSV row each, resolved or not, with its context and the article it
/// links to: the population bench/citations samples for precision and recall (not part of the protocol).
/// </summary>
internal static class BenchCitations
{
    public static int Run(string indexPath, string outPath)
    {
        using var dir = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader);
        var tables = new Dictionary<string, IReadOnlyList<ResolvedCitation>>(StringComparer.Ordinal);
        foreach (var sd in searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindCitations)), reader.MaxDoc).ScoreDocs)
        {
            var d = searcher.Doc(sd.Doc);
            tables[d.Get(IndexSchema.CiteDocument)] = CitationIndexUpdater.ReadTable(d.Get(IndexSchema.CiteTable));
        }
        using var w = new StreamWriter(outPath);
        w.WriteLine("citing\tdate\tordinal\tstart\ttext\tregulation\tarticle\tyear\ttense\ttarget\ttarget_paragraph\tcontext\ttarget_text");
        var rows = 0;
        foreach (var sd in searcher.Search(new TermQuery(new Term(IndexSchema.Cites, "1")), reader.MaxDoc).ScoreDocs)
        {
            var d = searcher.Doc(sd.Doc);
            var id = d.Get(IndexSchema.Id);
            var paragraphs = StoredParagraph.Deserialize(StoredText.Read(d, IndexSchema.ParagraphsJson)).ToDictionary(p => p.Ordinal, p => p.Text);
            var mentions = System.Text.Json.JsonSerializer.Deserialize<List<CitationMention>>(d.Get(IndexSchema.CiteMentions)) ?? [];
            tables.TryGetValue(id, out var table);
            foreach (var m in mentions)
            {
                var r = table?.FirstOrDefault(c => c.Ordinal == m.Ordinal && c.Start == m.Start);
                var text = paragraphs.GetValueOrDefault(m.Ordinal, "");
                var from = Math.Max(0, m.Start - 60);
                var to = Math.Min(text.Length, m.Start + m.Text.Length + 40);
                w.WriteLine(string.Join('\t', id, d.Get(IndexSchema.Date) ?? d.Get(IndexSchema.Year) ?? "", m.Ordinal, m.Start, m.Text, m.Regulation, m.Article,
                    m.Year?.ToString() ?? "", m.Tense, r?.TargetId ?? "", r?.TargetParagraph.ToString() ?? "",
                    Clean(text[from..to]), Clean(r?.ArticleText ?? "")));
                rows++;
            }
        }
        Console.Error.WriteLine($"{rows} citations, {tables.Values.Sum(t => t.Count)} resolved");
        Candidates(searcher, reader, tables, outPath + ".candidates.tsv");
        return 0;
    }

    /// <summary>
    /// Every 第X条 written inside a paragraph (not the article's own number at its start), found without the finder:
    /// the population the recall sample is drawn from. Each row says whether a resolved citation covers it.
    /// </summary>
    private static void Candidates(IndexSearcher searcher, IndexReader reader, IReadOnlyDictionary<string, IReadOnlyList<ResolvedCitation>> tables, string path)
    {
        using var w = new StreamWriter(path);
        w.WriteLine("citing\tdate\tordinal\toffset\tnumber\tlinked_text\ttarget\ttarget_paragraph\tcontext\ttarget_text");
        var article = new System.Text.RegularExpressions.Regex("第[零〇一二三四五六七八九十百千\\d]{1,6}条");
        foreach (var sd in searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), reader.MaxDoc).ScoreDocs)
        {
            var d = searcher.Doc(sd.Doc);
            var id = d.Get(IndexSchema.Id);
            tables.TryGetValue(id, out var table);
            foreach (var p in StoredParagraph.Deserialize(StoredText.Read(d, IndexSchema.ParagraphsJson)))
                foreach (System.Text.RegularExpressions.Match m in article.Matches(p.Text))
                {
                    if (p.Text[..m.Index].Trim().Trim('\u3000').Length == 0) continue; // the article's own number
                    var r = table?.FirstOrDefault(c => c.Ordinal == p.Ordinal && c.Start <= m.Index && m.Index < c.Start + c.Text.Length);
                    var from = Math.Max(0, m.Index - 60);
                    var to = Math.Min(p.Text.Length, m.Index + m.Length + 40);
                    w.WriteLine(string.Join('\t', id, d.Get(IndexSchema.Date) ?? d.Get(IndexSchema.Year) ?? "", p.Ordinal, m.Index, m.Value,
                        r?.Text ?? "", r?.TargetId ?? "", r?.TargetParagraph.ToString() ?? "", Clean(p.Text[from..to]), Clean(r?.ArticleText ?? "")));
                }
        }
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
