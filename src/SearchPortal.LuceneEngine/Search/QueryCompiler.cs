using Microsoft.Extensions.Caching.Memory;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>A query-language text parsed and compiled to Lucene queries: what every search pass starts from.</summary>
public sealed record CompiledSearch(ParsedQuery Parsed, CompiledQuery Query);

/// <summary>
/// Parses and compiles query texts, with a cache: compiling runs SmartCn over the words, and a compiled query does
/// not depend on the index (in-query filters are term queries), so it is shared by every search, page and entry kind.
/// </summary>
public sealed class QueryCompiler
{
    private readonly QueryTextParser _parser;
    private readonly LuceneQueryBuilder _builder;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 4096 });

    public QueryCompiler(IndexSchema schema, SearchRules rules)
    {
        Rules = rules;
        _parser = new QueryTextParser(schema.Facets);
        _builder = new LuceneQueryBuilder(schema, rules);
    }

    public SearchRules Rules { get; }

    /// <summary>The parsed and built query for (text, expand), from the cache when asked before.</summary>
    public CompiledSearch Compile(string? text, bool expand) =>
        _cache.GetOrCreate((text ?? "", expand), entry =>
        {
            entry.Size = 1;
            var parsed = _parser.Parse(text);
            return new CompiledSearch(parsed, _builder.Build(parsed, expand));
        })!;

    /// <summary>Every character as text (no operators), unexpanded: for a query too complex to run as parsed.</summary>
    public CompiledSearch Literal(string? text, string notice)
    {
        var parsed = _parser.ParseLiteral(text, notice);
        return new CompiledSearch(parsed, _builder.Build(parsed, expand: false));
    }
}
