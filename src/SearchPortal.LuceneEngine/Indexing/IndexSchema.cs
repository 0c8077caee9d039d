using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Analysis;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Every field name, analyzer and doc-values field of the index, declared once. Nothing else spells a field name.
/// The index holds two kinds of entries: one per document (<see cref="KindDocument"/>: searched, faceted, ranked)
/// and one per paragraph (<see cref="KindParagraph"/>: the passages shown under a hit).
/// </summary>
public sealed class IndexSchema
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Entry kind
    public const string Kind = "kind";
    public const string KindDocument = "doc";
    public const string KindParagraph = "para";

    // Shared by both kinds
    /// <summary>
    /// Document id: path relative to the corpus with '/' separators. StringField, stored; on document entries also
    /// binary doc values, so an incremental run reads id → <see cref="Hash"/> without loading stored fields.
    /// </summary>
    public const string Id = "id";
    /// <summary>Full text analyzed with SmartCn (ranking), on document entries: all paragraphs of the document.</summary>
    public const string Body = "body";
    /// <summary>The same text as CJK bigrams (exact wording, quoted phrases, recall safety net).</summary>
    public const string BodyBigram = "body_bi";

    // Each entry kind has its own text fields, so a document query walks postings of documents only (paragraph
    // entries outnumber documents 70 to 1, and a filter over a shared field still iterated all of them) and BM25's
    // statistics describe the entries being ranked. Queries are built once for Body/BodyBigram and mapped.
    /// <summary>A paragraph entry's text (SmartCn), searched by the passage query.</summary>
    public const string ParagraphBody = "p_body";
    public const string ParagraphBodyBigram = "p_body_bi";
    /// <summary>A quotation entry's text (SmartCn), searched by the quotation finder.</summary>
    public const string QuoteBody = "q_body";
    public const string QuoteBodyBigram = "q_body_bi";
    /// <summary>
    /// What an entry explains (<see cref="Core.Documents.Explanations"/>: headings, the subjects of definition
    /// sentences), as CJK bigrams: a term found here is explained, not just mentioned. Document entries hold all of
    /// their paragraphs' subjects; a paragraph entry (<see cref="ParagraphExplain"/>) its own.
    /// </summary>
    public const string Explain = "explain_bi";
    public const string ParagraphExplain = "p_explain_bi";

    /// <summary>
    /// Written into every commit; an index with another value was built with other fields and is rebuilt by the next
    /// indexer run (and by the site at start-up). Raise it whenever entries change shape.
    /// </summary>
    public const string FormatVersion = "11";
    public const string FormatKey = "searchportal_format";

    /// <summary>
    /// Who may read the entry: the document's <see cref="AccessLevel.Tokens"/> (public, internal, group:NAME …;
    /// StringField, several for 限定 to several groups). On document entries (stored), paragraph entries and quotation
    /// occurrences; a quotation entry carries the tokens of all its sources. Every query is filtered on it
    /// (<see cref="Search.AccessFilter"/>).
    /// </summary>
    public const string Access = "access";
    /// <summary>A quotation entry's sources' access tokens as JSON (string[][], in the order of <see cref="QuoteSources"/>).</summary>
    public const string QuoteSourceAccess = "quote_source_access";

    // Document entries
    public const string Title = "title";
    public const string TitleBigram = "title_bi";
    /// <summary>Exact title, lower-cased and without spaces/punctuation, for known-document matches.</summary>
    public const string TitleExact = "title_exact";
    public const string Type = FacetCatalog.Type;
    public const string Year = FacetCatalog.Year;
    public const string Level = FacetCatalog.Level;
    public const string Role = FacetCatalog.Role;
    public const string Topic = FacetCatalog.Topic;
    public const string Occasion = FacetCatalog.Occasion;
    /// <summary>A regulation's validity (facet): set from the document, then by <see cref="EditionIndexUpdater"/> from its lineage.</summary>
    public const string Status = FacetCatalog.Status;
    /// <summary>A regulation's lineage key (StringField, stored): its editions share it.</summary>
    public const string EditionKey = "edition_key";
    /// <summary>The edition's year (stored): from the title, else the document's year.</summary>
    public const string EditionYear = "edition_year";
    /// <summary>The repealing document of a repealed regulation (stored).</summary>
    public const string RepealedBy = "repealed_by";
    public const string Speaker = "speaker";
    /// <summary>yyyy-MM-dd when known (stored).</summary>
    public const string Date = "date";
    /// <summary>yyyymmdd as a number for newest/oldest sorts and tie-breaks (numeric doc values; 0 = unknown).</summary>
    public const string DateSort = "date_sort";
    /// <summary>SHA-256 of the file's bytes (hex). Stored, and binary doc values (read by incremental runs).</summary>
    public const string Hash = "hash";
    public const string Length = "length";
    public const string Format = "format";
    public const string ParagraphCount = "para_count";
    /// <summary>Paragraphs (ordinal, heading path, level, text) as JSON, for the document page and API.</summary>
    public const string ParagraphsJson = "paragraphs_json";
    /// <summary>The decoded text before cleaning ("原文").</summary>
    public const string Original = "original";

    // Paragraph entries
    public const string Ordinal = "ordinal";
    public const string HeadingPath = "heading";
    public const string Text = "text";
    /// <summary>The paragraph's character 4-grams after reuse normalisation (<see cref="ShingleField"/>): the
    /// reuse check's candidate index. Paragraph entries only.</summary>
    public const string ParagraphShingles = "p_shingle";

    // Quotation entries: the quotation finder's catalogue (text in QuoteBody/QuoteBodyBigram, stored in Text).
    public const string KindQuote = "quote";
    /// <summary>
    /// One quotation found in one paragraph, written with its document (same <see cref="Id"/>,
    /// so updating or deleting the document replaces them): the catalog is rebuilt from these without re-reading
    /// any document. Stored fields only (Key, Who, QuoteKind, Text, Ordinal, Title, Year), nothing searchable.
    /// </summary>
    public const string KindQuoteOccurrence = "quote_occ";
    /// <summary>Normalised dedup key (StringField, stored): the entry's identity, used by document-page links.</summary>
    public const string QuoteKeyField = "quote_key";
    /// <summary>Who is quoted, exact (StringField, stored, and a facet; absent when nobody is named).</summary>
    public const string QuoteWho = FacetCatalog.Who;
    /// <summary>leader | classical | document | other (StringField, stored, and a facet).</summary>
    public const string QuoteKindField = FacetCatalog.QuoteKind;
    /// <summary>Number of documents using it: stored and numeric doc values (sort by usage).</summary>
    public const string QuoteCount = "quote_count";
    /// <summary>Sources as JSON, earliest first (stored).</summary>
    public const string QuoteSources = "quote_sources";
    /// <summary>Each source document id (StringField, not stored): quotations of one document.</summary>
    public const string QuoteSourceId = "quote_source";

    // Article citations (法条联想, CitationIndexUpdater). Document entries carry what they cite and what they offer:
    /// <summary>The document's citations as written, unresolved (stored JSON; with <see cref="Cites"/> = "1" to find them).</summary>
    public const string CiteMentions = "cite_mentions";
    public const string Cites = "cites";
    /// <summary>A regulation's articles (stored "number:paragraph number:paragraph …") and the date it took effect.</summary>
    public const string CiteArticles = "cite_articles";
    public const string InForceFrom = "in_force_from";
    /// <summary>Since when a regulation's article numbers hold (stored; <see cref="Core.Citations.CitableArticles.NumberedSince"/>).</summary>
    public const string NumberedSince = "numbered_since";
    /// <summary>
    /// One entry per citing document, rebuilt after every run that changed something: its resolved citations
    /// (<see cref="CiteTable"/>, stored JSON), the citing document (<see cref="CiteDocument"/>, its title and date), and
    /// each cited article as "target id#paragraph" (<see cref="CiteTarget"/>, stored and indexed: who cites an article).
    /// </summary>
    public const string KindCitations = "cite";
    public const string CiteDocument = "cite_doc";
    public const string CiteTable = "cite_table";
    public const string CiteTarget = "cite_target";

    /// <summary>The facets (SortedSetDocValues on their entries), from the one catalogue.</summary>
    public FacetCatalog Facets { get; }
    /// <summary>Document facet fields, in display order.</summary>
    public IReadOnlyList<string> FacetFields => Facets.DocumentFields;

    public Analyzer SmartCn { get; }
    public Analyzer Bigram { get; }
    /// <summary>Per-field analyzer used by IndexWriter and query building: bigram fields get <see cref="Bigram"/>, everything else SmartCn.</summary>
    public Analyzer Analyzer { get; }
    public Similarity Similarity { get; } = new EntryLevelSimilarity();

    public IndexSchema(IEnumerable<string>? stopWords = null, FacetCatalog? facets = null)
    {
        Facets = facets ?? FacetCatalog.Default;
        var stops = new CharArraySet(Version, SmartChineseAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var w in stopWords ?? []) stops.Add(w);
        SmartCn = new Analysis.FastSmartCn.FastSmartChineseAnalyzer(Version, stops); // same tokens as SmartChineseAnalyzer, faster
        Bigram = new BigramAnalyzer();
        Analyzer = new PerFieldAnalyzerWrapper(SmartCn, new Dictionary<string, Analyzer>
        {
            [BodyBigram] = Bigram,
            [ParagraphBodyBigram] = Bigram,
            [QuoteBodyBigram] = Bigram,
            [TitleBigram] = Bigram,
            [Explain] = Bigram,
            [ParagraphExplain] = Bigram,
        });
    }

    /// <summary>
    /// How every IndexWriter of the product writes: this schema's analyzers and BM25, the uncompressed stored-fields
    /// codec, a 128 MB RAM buffer (fewer, larger flushes than the 16 MB default) and no compound files (packing each
    /// flushed segment into a .cfs copied every byte once more; a few more open files is the cheaper side). Segments
    /// under 64 MB count as 64 MB for merging: once paragraph entries carried the reuse check's 4-grams, a rebuild of
    /// the shared corpus ended in 9 segments instead of 4 and query p50 rose from 1.4 to 2.0 ms; with the larger
    /// buffer and this floor it ends in 4 and p50 is back to 1.6 ms (bench/RESULTS.md).
    /// </summary>
    public IndexWriterConfig WriterConfig(OpenMode openMode = OpenMode.CREATE_OR_APPEND) =>
        new(Version, Analyzer)
        {
            Similarity = Similarity,
            Codec = new IndexCodec(),
            OpenMode = openMode,
            RAMBufferSizeMB = 128,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0, SegmentsPerTier = 3, MaxMergeAtOnce = 3, FloorSegmentMB = 64 },
        };

    /// <summary>True when the index's last commit was written in <see cref="FormatVersion"/> (false: no index, or an older one).</summary>
    public static bool IsCurrentFormat(Lucene.Net.Store.Directory directory) => IsCurrentFormat(LastCommitData(directory));

    private static bool IsCurrentFormat(IDictionary<string, string>? data) =>
        data != null && data.TryGetValue(FormatKey, out var v) && v == FormatVersion;

    /// <summary>The last commit's user data, or null when there is no index.</summary>
    private static IDictionary<string, string>? LastCommitData(Lucene.Net.Store.Directory directory) =>
        DirectoryReader.IndexExists(directory) ? DirectoryReader.ListCommits(directory).Last().UserData : null;

    /// <summary>Commit data key of <see cref="FacetStamp"/>.</summary>
    public const string FacetsKey = "searchportal_facets";

    /// <summary>
    /// The document facets an index is built with (each field, with its rule file when it is a keyword facet): an
    /// index built with other facets lacks a new facet's values, so it counts as outdated and is rebuilt.
    /// </summary>
    public string FacetStamp => Stamp(Facets);

    /// <summary>What every fresh index's commits carry: the format and the facets.</summary>
    public Dictionary<string, string> CommitStamp() => new() { [FormatKey] = FormatVersion, [FacetsKey] = FacetStamp };

    /// <summary>
    /// True when the index's last commit is of <see cref="FormatVersion"/> and was built with this schema's document
    /// facets (an index stamped before facets were stamped was built with the default catalogue).
    /// </summary>
    public bool IsCurrent(Lucene.Net.Store.Directory directory)
    {
        var data = LastCommitData(directory); // read once for both stamps
        if (!IsCurrentFormat(data)) return false;
        return (data!.TryGetValue(FacetsKey, out var v) ? v : Stamp(FacetCatalog.Default)) == FacetStamp;
    }

    private static string Stamp(FacetCatalog catalog) =>
        string.Join(",", catalog.Documents.Select(f => f.KeywordRules is { } rules ? $"{f.Field}:{rules}" : f.Field));

    /// <summary>Loads the stopword list (one word per line, # comments) from the data folder.</summary>
    public static IndexSchema Load(string dataPath, FacetCatalog? facets = null) =>
        new(Core.Documents.RuleFile.ReadOptionalLines(dataPath, "stopwords.txt"), facets);
}
