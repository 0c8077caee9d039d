using SearchPortal.Core.Corpus;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Extracts title, date, type, speaker, role, level, occasion and the keyword facets (topics, and every other facet
/// of the catalogue with <see cref="FacetDefinition.KeywordRules"/>) using the rule files in the data folder
/// (doc-types.txt, roles.txt, levels.txt, occasions.txt, topics.txt, title-skip.txt, not-speakers.txt, and each
/// keyword facet's file). Rules are loaded once; per document only the first <see cref="DocumentHead.HeadParagraphs"/>
/// paragraphs are scanned for cues (keyword facets scan the whole text in one pass each). YAML front matter keys
/// (title, date, year, type, speaker, role, level, occasion, topics …) override whatever was extracted.
/// </summary>
public sealed class MetadataExtractor
{
    private readonly DocumentHeadReader _head;
    private readonly DocumentDateFinder _dates;
    private readonly DocumentTypeClassifier _types;
    private readonly SpeechAttribution _speech;
    private readonly IReadOnlyList<(string Field, KeywordFacetTagger Tagger)> _taggers;
    private readonly FrontMatterOverrides _frontMatter;
    private readonly RegulationEditions _editions;

    public MetadataExtractor(string dataPath) : this(dataPath, null) { }

    /// <param name="maxYear">Latest plausible year (default: next year); tests pin it.</param>
    /// <param name="facets">The facets to tag (those with keyword rules); default <see cref="FacetCatalog.Default"/>.</param>
    public MetadataExtractor(string dataPath, int? maxYear, FacetCatalog? facets = null)
    {
        if (!Directory.Exists(dataPath))
            throw new DirectoryNotFoundException($"规则文件夹不存在: {dataPath} (data folder missing)");
        // Built in the order the rule files were always read, so a missing file is reported the same way.
        var dates = new DateExtractor(maxYear);
        _types = new DocumentTypeClassifier(dataPath);
        var levels = new LevelDetector(dataPath);
        var speakers = new SpeakerExtractor(dataPath, levels);
        var occasions = new OccasionExtractor(dataPath);
        _taggers = (facets ?? FacetCatalog.Default).Documents.Where(f => f.KeywordRules != null)
            .Select(f => (f.Field, new KeywordFacetTagger(dataPath, f.KeywordRules!))).ToList();
        _head = new DocumentHeadReader(dataPath);
        _dates = new DocumentDateFinder(dates);
        _speech = new SpeechAttribution(speakers, levels, occasions);
        _frontMatter = new FrontMatterOverrides(dates, occasions, _taggers.Select(t => t.Field).ToList());
        _editions = RegulationEditions.Load(dataPath);
    }

    /// <summary>The tagger of a keyword facet, or null when the catalogue has no such facet with keyword rules.</summary>
    public KeywordFacetTagger? Tagger(string field) => _taggers.FirstOrDefault(t => t.Field == field).Tagger;

    public KeywordFacetTagger Topics =>
        Tagger(FacetCatalog.Topic) ?? throw new InvalidOperationException("the facet catalogue has no topic facet");

    public DocumentMetadata Extract(RawDocument raw, IReadOnlyList<Paragraph> paragraphs)
    {
        var head = _head.Read(raw, paragraphs);
        var meta = new DocumentMetadata { Title = head.Title };
        DocumentDateFinder.Apply(meta, _dates.Find(head));
        meta.Type = _types.Classify(head);
        _speech.Apply(meta, head); // after the type: a speech type widens where the speaker is looked for
        foreach (var (field, tagger) in _taggers) meta.Tags[field] = tagger.Tag(head.Title, paragraphs.Select(p => p.Text));
        _frontMatter.Apply(meta, raw.FrontMatter);
        _editions.Apply(meta, paragraphs); // last: title and type as overridden
        return meta;
    }
}
