using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The entries of one kind that an <see cref="AccessScope"/> may see, as one cached filter per scope: the kind term
/// AND any of the scope's level tokens (<see cref="IndexSchema.Access"/>). The bitset is built once per segment and
/// scope (CachingWrapperFilter, keyed by segment core), so a filtered query checks one bitset per match, as the kind
/// filter alone did. Scopes are few (anonymous, signed-in, each combination of groups in use); past
/// <see cref="MaxCachedScopes"/> a scope's filter is built per request instead of kept.
/// </summary>
public sealed class AccessFilter
{
    public const int MaxCachedScopes = 512;

    private readonly Term _kind;
    private readonly ConcurrentDictionary<string, Filter> _scoped = new(StringComparer.Ordinal);

    public AccessFilter(string kind)
    {
        _kind = new Term(IndexSchema.Kind, kind);
        All = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(_kind)));
    }

    /// <summary>Paragraph entries (the reuse check and 同段 search them directly).</summary>
    public static AccessFilter Paragraphs { get; } = new(IndexSchema.KindParagraph);

    /// <summary>Every entry of the kind, whoever asks.</summary>
    public Filter All { get; }

    /// <summary>The entries of the kind <paramref name="scope"/> may see.</summary>
    public Filter For(AccessScope scope)
    {
        if (scope.SeesEverything) return All;
        if (_scoped.TryGetValue(scope.Key, out var known)) return known;
        var built = new CachingWrapperFilter(new QueryWrapperFilter(new BooleanQuery
        {
            { new TermQuery(_kind), Occur.MUST },
            { Tokens(scope), Occur.MUST },
        }));
        return _scoped.Count < MaxCachedScopes ? _scoped.GetOrAdd(scope.Key, built) : built;
    }

    /// <summary>Any of the scope's level tokens (an empty query, matching nothing, for <see cref="AccessScope.Nobody"/>).</summary>
    public static Query Tokens(AccessScope scope)
    {
        var q = new BooleanQuery();
        foreach (var token in scope.Tokens) q.Add(new TermQuery(new Term(IndexSchema.Access, token)), Occur.SHOULD);
        return q;
    }
}
