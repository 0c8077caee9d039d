using System.Text;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// Extracts quotations from ../shared/corpus and writes a seeded random sample of 100 for judging by hand
/// (bench/quotes/precision-sample.tsv is the judged copy; this writes bench/quotes/sample-latest.tsv).
/// The assertions check the sample is drawn from a non-trivial extraction, not the judgement.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
public class QuotePrecisionSample
{
    public const int SampleSize = 100;
    public const int Seed = 20261216;

    [SkippableFact]
    public void Writes_a_random_sample_of_extracted_quotations()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var corpus = new QuoteTestCorpus();
        var quotes = new List<Quote>();
        var files = Directory.EnumerateFiles(TestPaths.SharedCorpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt") || f.EndsWith(".md"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failed = 0;
        foreach (var f in files)
        {
            try { quotes.AddRange(corpus.Extract(TestPaths.SharedCorpus, f)); }
            catch (SearchPortal.Core.Corpus.DocumentReadException) { failed++; }
        }
        // Ordered by a seeded hash of (text, source, paragraph), not by position: a rule change that adds or drops
        // a few quotations changes the sample only where those quotations fall, so earlier judgements stay reusable.
        var sample = quotes.OrderBy(q => SampleRank(q), StringComparer.Ordinal).ToList();
        var dir = Path.Combine(TestPaths.RepoRoot, "bench", "quotes");
        Directory.CreateDirectory(dir);
        var sb = new StringBuilder("text\twho\tkind\tsource\tordinal\n");
        foreach (var q in sample.Take(SampleSize))
            sb.Append($"{Clean(q.Text)}\t{q.Who}\t{q.Kind.ToApi()}\t{q.Source.Id}\t{q.Source.Ordinal}\n");
        var context = new StringBuilder();
        foreach (var q in sample.Take(SampleSize))
        {
            var paragraph = corpus.Parse(TestPaths.SharedCorpus, Path.Combine(TestPaths.SharedCorpus, q.Source.Id)).Paragraphs.Single(p => p.Ordinal == q.Source.Ordinal).Text;
            var at = paragraph.IndexOf(q.Text, StringComparison.Ordinal);
            context.Append($"{Clean(q.Who)}|{q.Kind.ToApi()}\t…{Clean(paragraph[Math.Max(0, at - 90)..Math.Max(0, at)])}【{Clean(q.Text)}】{Clean(at < 0 ? "" : paragraph[(at + q.Text.Length)..Math.Min(paragraph.Length, at + q.Text.Length + 20)])}\n");
        }
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "sp-quotes-sample-context.txt"), context.ToString());
        File.WriteAllText(Path.Combine(dir, "sample-latest.tsv"), sb.ToString());

        var all = new StringBuilder();
        foreach (var q in quotes)
            all.Append($"{Clean(q.Text)}\t{q.Who}\t{q.Kind.ToApi()}\t{q.Source.Id}\t{q.Source.Ordinal}\n");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "sp-quotes-all.tsv"), all.ToString());

        var catalog = QuoteCatalog.Build(quotes);
        File.WriteAllText(Path.Combine(dir, "stats-latest.txt"),
            $"files={files.Count} unreadable={failed} quotations={quotes.Count} entries={catalog.Count} " +
            string.Join(" ", quotes.GroupBy(q => q.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ToApi()}={g.Count()}")) +
            $" who_distinct={catalog.Select(e => e.Who).Where(w => w.Length > 0).Distinct().Count()}" +
            $" xi_entries={catalog.Count(e => e.Who.StartsWith("习近平"))}" +
            $" attributed_entries={catalog.Count(e => e.Who.Length > 0)}\n");

        Assert.True(quotes.Count >= SampleSize, $"only {quotes.Count} quotations extracted");
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Leader);
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Document);
    }

    private static string SampleRank(Quote q) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        Encoding.UTF8.GetBytes($"{Seed}|{q.Key}|{q.Source.Id}|{q.Source.Ordinal}")));

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ');
}
