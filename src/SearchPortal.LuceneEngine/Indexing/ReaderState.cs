using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// What the search parts build once per index reader (title table, hit cache, statistics), created with the searcher
/// by the searcher factory and dropped with it at the next refresh: nothing keyed by reader has to be evicted.
/// Each slot is built on first use, once, even when requests race for it.
/// </summary>
public sealed class ReaderState(IndexReader reader)
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _slots = new();

    /// <summary>The reader's <typeparamref name="T"/>, built by <paramref name="build"/> the first time it is asked for.</summary>
    public T Get<T>(Func<IndexReader, T> build) where T : class =>
        (T)_slots.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(reader))).Value;
}

/// <summary>An IndexSearcher with the product's similarity and its reader's <see cref="ReaderState"/>.</summary>
public sealed class EngineSearcher : IndexSearcher
{
    public EngineSearcher(IndexReader reader, IndexSchema schema) : base(reader)
    {
        Similarity = schema.Similarity;
        State = new ReaderState(reader);
    }

    public ReaderState State { get; }
}
