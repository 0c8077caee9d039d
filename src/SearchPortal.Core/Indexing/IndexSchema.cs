using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Indexing;

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
    /// Written into every commit; an index with another value was built with other fields and is rebuilt by the next
    /// indexer run (and by the site at start-up). Raise it whenever entries change shape.
    /// </summary>
    public const string FormatVersion = "2";
    public const string FormatKey = "searchportal_format";

    // Document entries
    public const string Title = "title";
    public const string TitleBigram = "title_bi";
    /// <summary>Exact title, lower-cased and without spaces/punctuation, for known-document matches.</summary>
    public const string TitleExact = "title_exact";
    public const string Type = "type";
    public const string Year = "year";
    public const string Level = "level";
    public const string Role = "role";
    public const string Topic = "topic";
    public const string Occasion = "occasion";
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

    /// <summary>Facet fields (SortedSetDocValues on document entries), in display order.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [Type, Year, Level, Role, Topic, Occasion];

    public Analyzer SmartCn { get; }
    public Analyzer Bigram { get; }
    /// <summary>Per-field analyzer used by IndexWriter and query building: bigram fields get <see cref="Bigram"/>, everything else SmartCn.</summary>
    public Analyzer Analyzer { get; }
    public Similarity Similarity { get; } = new EntryLevelSimilarity();

    public IndexSchema(IEnumerable<string>? stopWords = null)
    {
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
        });
    }

    /// <summary>
    /// How every IndexWriter of the product writes: this schema's analyzers and BM25, the uncompressed stored-fields
    /// codec, a 64 MB RAM buffer (fewer, larger flushes than the 16 MB default) and no compound files (packing each
    /// flushed segment into a .cfs copied every byte once more; a few more open files is the cheaper side).
    /// </summary>
    public IndexWriterConfig WriterConfig(OpenMode openMode = OpenMode.CREATE_OR_APPEND) =>
        new(Version, Analyzer)
        {
            Similarity = Similarity,
            Codec = new IndexCodec(),
            OpenMode = openMode,
            RAMBufferSizeMB = 64,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0, SegmentsPerTier = 3, MaxMergeAtOnce = 3 },
        };

    /// <summary>A query built for document entries, asked of paragraph entries (same words, their fields).</summary>
    public static Query ForParagraphs(Query query) => QueryFieldMapper.Map(query, ParagraphFieldMap, DocumentOnlyFields);
    /// <summary>A query built for document entries, asked of quotation entries.</summary>
    public static Query ForQuotes(Query query) => QueryFieldMapper.Map(query, QuoteFieldMap, DocumentOnlyFields);

    // Text fields only document entries have: optional clauses on them are dropped from paragraph and quotation queries.
    private static readonly IReadOnlySet<string> DocumentOnlyFields = new HashSet<string> { Title, TitleBigram, TitleExact };
    private static readonly IReadOnlyDictionary<string, string> ParagraphFieldMap =
        new Dictionary<string, string> { [Body] = ParagraphBody, [BodyBigram] = ParagraphBodyBigram };
    private static readonly IReadOnlyDictionary<string, string> QuoteFieldMap =
        new Dictionary<string, string> { [Body] = QuoteBody, [BodyBigram] = QuoteBodyBigram };

    /// <summary>True when the index's last commit was written in <see cref="FormatVersion"/> (false: no index, or an older one).</summary>
    public static bool IsCurrentFormat(Lucene.Net.Store.Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return false;
        var commit = DirectoryReader.ListCommits(directory).Last();
        return commit.UserData.TryGetValue(FormatKey, out var v) && v == FormatVersion;
    }

    /// <summary>Loads the stopword list (one word per line, # comments) from the data folder.</summary>
    public static IndexSchema Load(string dataPath)
    {
        return new IndexSchema(Documents.RuleFile.ReadOptionalLines(dataPath, "stopwords.txt"));
    }

    /// <summary>Normalises a title for exact matching: NFKC, lower case, letters and digits only.</summary>
    public static string NormalizeTitle(string title) => Quotes.QuoteKey.Normalize(title); // the same folding as quotation keys
}
