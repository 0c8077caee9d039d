using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Facet selections resolved against the index: only facets and values that exist. Values of one facet are
/// OR-ed, facets AND-ed.
/// </summary>
public sealed class FacetSelection
{
    public static FacetSelection None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; }

    public FacetSelection(IReadOnlyDictionary<string, IReadOnlyList<string>> values) => Values = values;

    public bool IsEmpty => Values.Count == 0;

    public bool IsSelected(string field, string value) =>
        Values.TryGetValue(field, out var v) && v.Contains(value, StringComparer.Ordinal);

    /// <summary>Keeps known facet fields and the values some document has; the rest is ignored (a stale link, a typo).</summary>
    public static FacetSelection Resolve(IndexReader reader, IReadOnlyList<FacetDefinition> facets, IReadOnlyDictionary<string, IReadOnlyList<string>>? requested)
    {
        if (requested == null || requested.Count == 0) return None;
        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var field in facets.Select(f => f.Field))
        {
            if (!requested.TryGetValue(field, out var values) || values == null) continue;
            var known = new List<string>();
            foreach (var raw in values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct())
            {
                var bytes = new BytesRef(raw);
                foreach (var leaf in reader.Leaves)
                {
                    var dv = leaf.AtomicReader.GetSortedSetDocValues(field);
                    if (dv != null && dv.LookupTerm(bytes) >= 0) { known.Add(raw); break; }
                }
            }
            if (known.Count > 0) result[field] = known;
        }
        return result.Count == 0 ? None : new FacetSelection(result);
    }
}

/// <summary>
/// Collects the hits of a query and counts facet values for them in the same pass, reading only SortedSetDocValues
/// ordinals (never stored fields). Drill-sideways in one pass: the query runs without the facet selection; a document
/// passing every selected facet is a hit and counts for all facets; a document failing exactly one selected facet F
/// counts only for F — so each facet's counts ignore its own selection and the user can tick a second value.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private readonly FacetDefinition[] _facets;
    private readonly string[] _fields;
    private readonly ICollector? _hits;
    private readonly FacetSelection _selection;
    private readonly int[] _selectedFieldIndex;      // facet index of each selected facet
    private readonly BytesRef[][] _selectedValues;    // per selected facet
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _dv;
    private int[][] _counts;
    private readonly bool[][] _selectedOrds;          // per selected facet: segment ordinal → selected
    private readonly long[] _valueCount;
    private readonly BytesRef _scratch = new();
    private bool _segmentOpen;

    /// <param name="hits">Receives only the documents that pass the whole selection (e.g. a TopFieldCollector); may be null.</param>
    /// <param name="facets">The facets counted (the catalogue's facets of the entries searched).</param>
    public FacetCollector(IReadOnlyList<FacetDefinition> facets, FacetSelection selection, ICollector? hits)
    {
        _facets = facets.ToArray();
        _fields = _facets.Select(f => f.Field).ToArray();
        _hits = hits;
        _selection = selection;
        var selected = _fields.Select((f, i) => (f, i)).Where(x => selection.Values.ContainsKey(x.f)).ToList();
        _selectedFieldIndex = selected.Select(x => x.i).ToArray();
        _selectedValues = selected.Select(x => selection.Values[x.f].Select(v => new BytesRef(v)).ToArray()).ToArray();
        _selectedOrds = new bool[selected.Count][];
        _totals = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _dv = new SortedSetDocValues?[_fields.Length];
        _counts = _fields.Select(_ => Array.Empty<int>()).ToArray();
        _valueCount = new long[_fields.Length];
    }

    /// <summary>Documents matching the query and the whole selection (exact).</summary>
    public int TotalHits { get; private set; }

    /// <summary>Entries the query matched before the facet selection: what decides on a looser pass, so ticking a facet
    /// never changes which documents match.</summary>
    public int Matched { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        for (var f = 0; f < _fields.Length; f++)
        {
            var dv = reader.GetSortedSetDocValues(_fields[f]);
            _dv[f] = dv;
            var n = dv?.ValueCount ?? 0;
            _valueCount[f] = n;
            if (_counts[f].Length < n) _counts[f] = new int[n];
            else Array.Clear(_counts[f], 0, (int)n);
        }
        for (var s = 0; s < _selectedFieldIndex.Length; s++)
        {
            var dv = _dv[_selectedFieldIndex[s]];
            var ords = new bool[dv?.ValueCount ?? 0];
            if (dv != null)
                foreach (var value in _selectedValues[s])
                {
                    var ord = dv.LookupTerm(value);
                    if (ord >= 0) ords[ord] = true;
                }
            _selectedOrds[s] = ords;
        }
        _hits?.SetNextReader(context);
        _segmentOpen = true;
    }

    public void Collect(int doc)
    {
        Matched++;
        var failed = -1;
        for (var s = 0; s < _selectedFieldIndex.Length; s++)
        {
            if (Passes(s, doc)) continue;
            if (failed >= 0) return; // fails two selected facets: counts nowhere
            failed = s;
        }
        if (failed >= 0) { Count(_selectedFieldIndex[failed], doc); return; }

        TotalHits++;
        _hits?.Collect(doc);
        for (var f = 0; f < _fields.Length; f++) Count(f, doc);
    }

    private bool Passes(int s, int doc)
    {
        var dv = _dv[_selectedFieldIndex[s]];
        if (dv == null) return false;
        var ords = _selectedOrds[s];
        dv.SetDocument(doc);
        long ord;
        while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            if (ords[ord]) return true;
        return false;
    }

    private void Count(int f, int doc)
    {
        var dv = _dv[f];
        if (dv == null) return;
        var counts = _counts[f];
        dv.SetDocument(doc);
        long ord;
        while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
    }

    private void FlushSegment()
    {
        if (!_segmentOpen) return;
        _segmentOpen = false;
        for (var f = 0; f < _fields.Length; f++)
        {
            var dv = _dv[f];
            if (dv == null) continue;
            var counts = _counts[f];
            for (var ord = 0; ord < _valueCount[f]; ord++)
            {
                if (counts[ord] == 0) continue;
                dv.LookupOrd(ord, _scratch);
                var value = _scratch.Utf8ToString();
                _totals[f][value] = _totals[f].GetValueOrDefault(value) + counts[ord];
            }
        }
    }

    /// <summary>Raw counts per facet field (value → count), after the search finished.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> RawCounts()
    {
        FlushSegment();
        return _fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => (IReadOnlyDictionary<string, int>)_totals[x.i]);
    }

    /// <summary>Facet values for display, in each facet's order (count desc, or newest first), at most its
    /// <see cref="FacetDefinition.MaxValues"/>; selected values are always listed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets()
    {
        var raw = RawCounts();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var facet in _facets)
        {
            var field = facet.Field;
            var maxValuesPerFacet = facet.MaxValues;
            var counts = raw[field];
            var values = counts.Select(kv => new FacetValue(kv.Key, kv.Value, _selection.IsSelected(field, kv.Key))).ToList();
            if (_selection.Values.TryGetValue(field, out var selected))
                foreach (var v in selected.Where(v => !counts.ContainsKey(v))) values.Add(new FacetValue(v, 0, true));
            IEnumerable<FacetValue> ordered = facet.Order == FacetOrder.NewestFirst
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            var list = ordered.ToList();
            if (list.Count > maxValuesPerFacet)
                list = list.Take(maxValuesPerFacet).Concat(list.Skip(maxValuesPerFacet).Where(v => v.Selected)).ToList();
            result[facet.UrlKey] = list;
        }
        return result;
    }
}
