using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// Facet counts without Lucene's Facet package (not served here), in the same pass as the ranking: each document the
/// text query matches is looked up in the segment's facet arrays (<see cref="SegmentFacets"/>) for kind, field and
/// district. A facet's counts obey the other facets' filters but not its own (choosing 新材料 still shows how many each
/// other field would give), and only documents passing all filters reach the ranking collector. Staff-only documents
/// are skipped here too unless the caller may see them, so no filter query runs beside the text query.
/// </summary>
public sealed class FacetingCollector(ICollector inner, string? kind, string? field, string? district, bool includeStaffOnly = true) : ICollector
{
    private const int Unfiltered = int.MinValue;
    private const int Absent = -3;

    private readonly Facet _kinds = new(kind);
    private readonly Facet _fields = new(field);
    private readonly Facet _districts = new(district);
    private readonly bool _unfiltered = string.IsNullOrEmpty(kind) && string.IsNullOrEmpty(field) && string.IsNullOrEmpty(district);
    private Lucene.Net.Util.FixedBitSet? _public;

    public IReadOnlyDictionary<string, int> KindCounts => _kinds.Totals;

    public IReadOnlyDictionary<string, int> FieldCounts => _fields.Totals;

    public IReadOnlyDictionary<string, int> DistrictCounts => _districts.Totals;

    /// <summary>How many documents passed every filter (what the ranking collector saw).</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var segment = SegmentFacets.For(context.AtomicReader);
        _kinds.Next(segment.Kinds);
        _fields.Next(segment.Fields);
        _districts.Next(segment.Districts);
        _public = includeStaffOnly ? null : segment.Public;
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_public is not null && !_public.Get(doc))
        {
            return;
        }

        var k = _kinds.Ord(doc);
        var f = _fields.Ord(doc);
        var d = _districts.Ord(doc);
        if (_unfiltered)
        {
            _kinds.Count(k);
            _fields.Count(f);
            _districts.Count(d);
            Total++;
            inner.Collect(doc);
            return;
        }

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
            Total++;
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

    private sealed class Facet(string? wanted)
    {
        private readonly Dictionary<string, int> _totals = [];
        private SegmentFacets.Column? _column;
        private int[] _ords = [];
        private int[] _counts = [];
        private int _wantedOrd = Unfiltered;

        public IReadOnlyDictionary<string, int> Totals => _totals;

        public void Next(SegmentFacets.Column column)
        {
            Flush();
            _column = column;
            _ords = column.Ords;
            _counts = new int[column.Values.Length + 1]; // slot 0: no value; ordinal o counts in slot o + 1
            _wantedOrd = string.IsNullOrEmpty(wanted) ? Unfiltered : column.OrdOf(wanted) is var ord and >= 0 ? ord : Absent;
        }

        public int Ord(int doc) => _ords[doc];

        public bool Passes(int ord) => _wantedOrd == Unfiltered || ord == _wantedOrd;

        public void Count(int ord) => _counts[ord + 1]++;

        public void Flush()
        {
            if (_column is null)
            {
                return;
            }

            for (var ord = 0; ord < _column.Values.Length; ord++)
            {
                if (_counts[ord + 1] > 0)
                {
                    var key = _column.Values[ord];
                    _totals[key] = _totals.GetValueOrDefault(key) + _counts[ord + 1];
                }
            }

            _column = null;
            _ords = [];
            _counts = [];
        }
    }
}
