using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// Facet counts without Lucene's Facet package (not served here), in the same pass as the ranking: each document the
/// text query matches is read once from the sorted doc values of kind, field and district. A facet's counts obey the
/// other facets' filters but not its own (choosing 新材料 still shows how many each other field would give), and only
/// documents passing all filters reach the ranking collector.
/// </summary>
public sealed class FacetingCollector(ICollector inner, string? kind, string? field, string? district) : ICollector
{
    private const int Unfiltered = int.MinValue;
    private const int Absent = -3;

    private readonly Facet _kinds = new(MarketIndex.KindField, kind);
    private readonly Facet _fields = new(MarketIndex.FieldField, field);
    private readonly Facet _districts = new(MarketIndex.DistrictField, district);

    public IReadOnlyDictionary<string, int> KindCounts => _kinds.Totals;

    public IReadOnlyDictionary<string, int> FieldCounts => _fields.Totals;

    public IReadOnlyDictionary<string, int> DistrictCounts => _districts.Totals;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _kinds.Next(context.AtomicReader);
        _fields.Next(context.AtomicReader);
        _districts.Next(context.AtomicReader);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var k = _kinds.Ord(doc);
        var f = _fields.Ord(doc);
        var d = _districts.Ord(doc);
        var mk = _kinds.Passes(k);
        var mf = _fields.Passes(f);
        var md = _districts.Passes(d);
        if (mf && md)
        {
            _kinds.Count(k);
        }

        if (mk && md)
        {
            _fields.Count(f);
        }

        if (mk && mf)
        {
            _districts.Count(d);
        }

        if (mk && mf && md)
        {
            inner.Collect(doc);
        }
    }

    /// <summary>Adds the last segment's counts to the totals; call once after the search.</summary>
    public void Finish()
    {
        _kinds.Flush();
        _fields.Flush();
        _districts.Flush();
    }

    private sealed class Facet(string name, string? wanted)
    {
        private readonly Dictionary<string, int> _totals = [];
        private SortedDocValues? _values;
        private int[] _counts = [];
        private int _wantedOrd = Unfiltered;

        public IReadOnlyDictionary<string, int> Totals => _totals;

        public void Next(AtomicReader reader)
        {
            Flush();
            _values = reader.GetSortedDocValues(name);
            _counts = new int[_values?.ValueCount ?? 0];
            _wantedOrd = string.IsNullOrEmpty(wanted) ? Unfiltered
                : _values is null ? Absent
                : _values.LookupTerm(new BytesRef(wanted)) is var ord and >= 0 ? ord : Absent;
        }

        public int Ord(int doc) => _values?.GetOrd(doc) ?? -1;

        public bool Passes(int ord) => _wantedOrd == Unfiltered || ord == _wantedOrd;

        public void Count(int ord)
        {
            if (ord >= 0)
            {
                _counts[ord]++;
            }
        }

        public void Flush()
        {
            if (_values is null)
            {
                return;
            }

            var term = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    _values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _totals[key] = _totals.GetValueOrDefault(key) + _counts[ord];
                }
            }

            _values = null;
            _counts = [];
        }
    }
}
