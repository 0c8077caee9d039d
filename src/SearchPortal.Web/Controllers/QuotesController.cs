using Microsoft.AspNetCore.Mvc;
using SearchPortal.Core.Quotes;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

/// <summary>The quotation finder's pages: search and browse (/quotes) and one quotation with all its sources (/quotes/{key}).</summary>
public sealed class QuotesController(IQuoteSearch quotes, IDocumentStore documents, SearchLimits limits) : Controller
{
    private const int BrowseGroups = 6;
    private const int PerGroup = 3;

    [HttpGet("/quotes")]
    public IActionResult Index([FromQuery] string? key)
    {
        if (!string.IsNullOrWhiteSpace(key))
            return Redirect(QuoteLabels.EntryUrl(QuoteKey.Normalize(InputCleaner.Clean(key, limits.MaxKeyLength))));
        var query = QuoteQuery.Read(Request.Query, limits);
        var response = quotes.Search(query.ToRequest(HttpContext.AccessScope()));
        return View(new QuotesPageModel
        {
            Query = query,
            Response = response,
            Limits = limits,
            BySpeaker = query.IsBrowse && query.Page == 1 ? SpeakerGroups(response) : [],
            ByTopic = query.IsBrowse && query.Page == 1 ? TopicGroups() : [],
        });
    }

    [HttpGet("/quotes/{key}")]
    public IActionResult Entry(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > limits.MaxKeyLength) return NotFound();
        var entry = quotes.Get(key, HttpContext.AccessScope());
        return entry == null ? NotFound() : View(new QuoteEntryPageModel(entry));
    }

    /// <summary>The most quoted speakers (the who facet of all quotations) with their most used quotations.</summary>
    private List<QuoteGroup> SpeakerGroups(QuoteSearchResponse all)
    {
        var groups = new List<QuoteGroup>();
        if (!all.Facets.TryGetValue(QuoteQuery.WhoFacet.UrlKey, out var speakers)) return groups;
        foreach (var s in speakers.Take(BrowseGroups))
        {
            var q = new QuoteQuery { Who = s.Value, Sort = QuoteSort.Count };
            var r = quotes.Search(new QuoteSearchRequest { Scope = HttpContext.AccessScope(), Who = s.Value, Sort = QuoteSort.Count, Size = PerGroup });
            if (r.Hits.Count > 0) groups.Add(new QuoteGroup(s.Value, q.ToUrl(), s.Count, r.Hits));
        }
        return groups;
    }

    /// <summary>
    /// Quotations by topic: quotations have no topic tag of their own, so a topic is its word searched in the
    /// quotation text, for the corpus's most frequent topics (a handful of small searches).
    /// </summary>
    private List<QuoteGroup> TopicGroups()
    {
        var groups = new List<QuoteGroup>();
        var topics = documents.Statistics(HttpContext.AccessScope()).Facets.TryGetValue(SearchQuery.UrlKey(FacetCatalog.Topic), out var t) ? t : [];
        foreach (var topic in topics.Take(BrowseGroups * 2))
        {
            var r = quotes.Search(new QuoteSearchRequest { Scope = HttpContext.AccessScope(), Query = topic.Value, Sort = QuoteSort.Count, Size = PerGroup, Expand = false });
            if (r.Total == 0) continue;
            groups.Add(new QuoteGroup(topic.Value, new QuoteQuery { Q = topic.Value, Sort = QuoteSort.Count }.ToUrl(), r.Total, r.Hits));
            if (groups.Count == BrowseGroups) break;
        }
        return groups;
    }
}
