using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;
using SearchPortal.Core.Tests.Search;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Indexing;

/// <summary>An office folder as found: text PDFs are indexed and searchable, a scan and a .doc are reported with their reasons.</summary>
public sealed class PdfIndexingTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-pdf-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-pdf-index");

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index })
            try { System.IO.Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Text_pdfs_are_searchable_and_a_scan_and_a_doc_are_reported()
    {
        foreach (var pdf in System.IO.Directory.EnumerateFiles(TestPaths.PdfFixtures, "*.pdf"))
            File.Copy(pdf, Path.Combine(_corpus, Path.GetFileName(pdf)));
        File.WriteAllBytes(Path.Combine(_corpus, "旧通知.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        var schema = IndexSchema.Load(TestPaths.Data);

        var run = new CorpusIndexer(schema, DocumentParser.CreateDefault(TestPaths.Data)).Run(_corpus, _index, full: true);

        Assert.Equal(2, run.Added);
        Assert.Equal(Core.Corpus.PdfReader.NoTextLayer, run.Failures.Single(f => f.Id == "扫描件.pdf").Reason);
        Assert.Contains("libreoffice --headless --convert-to docx", run.Failures.Single(f => f.Id == "旧通知.doc").Reason);

        using var provider = new IndexSearcherProvider(_index, schema);
        var engine = new SearchEngine(provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
        var hit = Assert.Single(engine.Documents.Search(new SearchRequestBuilder { Query = "三个臭皮匠" }.Build()).Hits);
        Assert.Equal("党内团结的辩证方法.pdf", hit.Id);
        Assert.Equal("党内团结的辩证方法", hit.Title);
        // A running header or page number would have become a paragraph and matched.
        Assert.Empty(engine.Documents.Search(new SearchRequestBuilder { Query = "\"注意保存\"" }.Build()).Hits);
        var regulation = Assert.Single(engine.Documents.Search(new SearchRequestBuilder { Query = "失责必问" }.Build()).Hits);
        Assert.Equal("中国共产党问责条例", regulation.Title);
    }
}
