namespace SearchPortal.Contracts;

/// <summary>
/// The engine-neutral contract between the site and a search engine. It holds:
/// <list type="bullet">
/// <item>requests and responses (<see cref="SearchRequest"/>, <see cref="SearchResponse"/>, <see cref="DocumentView"/>,
/// <see cref="QuoteSearchRequest"/>, <see cref="QuoteSearchResponse"/>, <see cref="IndexStatistics"/>), serialised as
/// they are by the JSON API;</item>
/// <item>the one facet catalogue (<see cref="FacetCatalog"/>) and the one limits record (<see cref="SearchLimits"/>),
/// read by the engine and the site alike, and the one input cleaner (<see cref="InputCleaner"/>);</item>
/// <item>the services a site needs: <see cref="ISearchService"/>, <see cref="IDocumentStore"/>,
/// <see cref="IQuoteSearch"/> and <see cref="ISearchIndex"/>.</item>
/// </list>
/// This assembly references no package, so no engine type can appear in a signature. The Lucene engine
/// (SearchPortal.LuceneEngine) implements it today; a second engine (OpenSearch or Elasticsearch, for deployments
/// that outgrow one machine) would implement the same four interfaces and be registered instead, without touching
/// the site.
/// </summary>
internal static class NamespaceDoc;
