using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>The three result orders. Newer documents win score ties; undated documents (date_sort 0) go last in both date orders.</summary>
public static class DateSorts
{
    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(IndexSchema.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(new SortField(IndexSchema.DateSort, new UndatedLastAscending()), SortField.FIELD_SCORE),
        _ => new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.DateSort, SortFieldType.INT64, true)),
    };

    /// <summary>Ascending date where 0 (unknown) sorts after every real date.</summary>
    private sealed class UndatedLastAscending : FieldComparerSource
    {
        public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
            new Comparer(fieldname, numHits);
    }

    private sealed class Comparer(string field, int numHits) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] _values = new long[numHits];
        private NumericDocValues? _current;
        private long _bottom, _top;

        private long Key(int doc)
        {
            var v = _current?.Get(doc) ?? 0;
            return v == 0 ? long.MaxValue : v;
        }

        public override int Compare(int slot1, int slot2) => _values[slot1].CompareTo(_values[slot2]);
        public override void SetBottom(int slot) => _bottom = _values[slot];
        public override void SetTopValue(J2N.Numerics.Int64 value) => _top = value.ToInt64();
        public override int CompareBottom(int doc) => _bottom.CompareTo(Key(doc));
        public override int CompareTop(int doc) => _top.CompareTo(Key(doc));
        public override void Copy(int slot, int doc) => _values[slot] = Key(doc);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _current = context.AtomicReader.GetNumericDocValues(field);
            return this;
        }

        public override J2N.Numerics.Int64 this[int slot] => J2N.Numerics.Int64.GetInstance(_values[slot]);
    }
}
