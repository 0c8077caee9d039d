using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Highlighting;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

/// <summary>
/// The protocol's query work (peers/PROTOCOL.md "Query phase") over the <see cref="ProtocolIndex"/> index, with the
/// product's SmartCn analyzer, BM25 and passage highlighter: every space-separated term must match in title or body (a
/// term SmartCn splits is a phrase, as Java's autoGeneratePhraseQueries), exact total, top 10 with stored path and
/// title, and the 3 best passages of each hit highlighted.
/// </summary>
internal static class ProtocolQuery
{
    public static int Run(string indexDir, string queriesFile, string hitsTsv, int passes, string dataPath)
    {
        var init = Stopwatch.StartNew();
        var schema = IndexSchema.Load(dataPath);
        using var dir = FSDirectory.Open(indexDir);
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader) { Similarity = schema.Similarity };
        var engine = new Engine(schema, searcher);
        var queries = File.ReadAllLines(queriesFile).Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
        var initSeconds = init.Elapsed.TotalSeconds;
        return QueryRunner.Run(queries, hitsTsv, passes, initSeconds, reader.NumDocs, BenchJson.Engine, engine.Search);
    }

    private sealed class Engine(IndexSchema schema, IndexSearcher searcher)
    {
        private readonly PassageHighlighter _highlighter = new();

        public QueryResult Search(string text)
        {
            var terms = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var query = new BooleanQuery();
            foreach (var term in terms)
            {
                var either = new BooleanQuery
                {
                    { FieldQuery(ProtocolIndex.Title, term), Occur.SHOULD },
                    { FieldQuery(ProtocolIndex.Body, term), Occur.SHOULD },
                };
                query.Add(either, Occur.MUST);
            }
            var top = searcher.Search(query, 10);
            var hits = new List<QueryHit>(top.ScoreDocs.Length);
            foreach (var sd in top.ScoreDocs)
            {
                // One visit: each stored-fields load decompresses the document's chunk again.
                var stored = searcher.Doc(sd.Doc);
                var body = stored.Get(ProtocolIndex.Body) ?? "";
                hits.Add(new QueryHit(stored.Get(ProtocolIndex.Path), stored.Get(ProtocolIndex.Title), BestPassages(body, terms, 3)));
            }
            return new QueryResult(top.TotalHits, hits);
        }

        /// <summary>One term's query: its SmartCn tokens, as a phrase when there are several (keeping the gaps stopwords leave).</summary>
        private Query FieldQuery(string field, string term)
        {
            var tokens = new List<(string Text, int Position)>();
            using (var ts = schema.SmartCn.GetTokenStream(field, term))
            {
                var attr = ts.AddAttribute<ICharTermAttribute>();
                var increment = ts.AddAttribute<IPositionIncrementAttribute>();
                ts.Reset();
                var position = -1;
                while (ts.IncrementToken())
                {
                    position += increment.PositionIncrement;
                    tokens.Add((attr.ToString(), position));
                }
                ts.End();
            }
            if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Text));
            var phrase = new PhraseQuery();
            foreach (var (text, position) in tokens) phrase.Add(new Term(field, text), position);
            return phrase;
        }

        /// <summary>The lines with the most query-term marks (document order), each cut and marked by the product's highlighter.</summary>
        private List<string> BestPassages(string body, IReadOnlyList<string> terms, int count)
        {
            var marks = PassageHighlighter.FindMarks(body, terms);
            var lines = new List<(int Start, int End, int FirstMark, int Marks)>();
            var start = 0;
            var m = 0;
            while (start < body.Length)
            {
                var end = body.IndexOf('\n', start);
                if (end < 0) end = body.Length;
                var first = m;
                while (m < marks.Count && marks[m].Start < end) m++; // marks never span a line: terms hold no newline
                if (m > first) lines.Add((start, end, first, m - first));
                start = end + 1;
            }
            // Each chosen line is marked with the marks found in the body, shifted to the line (not searched again).
            return lines.OrderByDescending(l => l.Marks).ThenBy(l => l.Start).Take(count).OrderBy(l => l.Start)
                .Select(l => _highlighter.Highlight(body[l.Start..l.End],
                    marks.GetRange(l.FirstMark, l.Marks).Select(k => (k.Start - l.Start, k.End - l.Start)).ToList()))
                .ToList();
        }
    }
}
