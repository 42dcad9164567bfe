using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// Facet counts without Lucene's Facet package (not served here), in the same pass as the ranking: each matched
/// document's combination of kind, field, district and audience (<see cref="SegmentFacets"/>) is counted, and the facet
/// counts are derived per segment from those counts. A facet's counts obey the other facets' filters but not its own
/// (choosing 新材料 still shows how many each other field would give), and only documents passing all filters reach the
/// ranking collector. Staff-only documents are neither counted nor ranked unless the caller may see them, so no filter
/// query runs beside the text query.
/// </summary>
public sealed class FacetingCollector(ICollector inner, string? kind, string? field, string? district, bool includeStaffOnly = true) : ICollector
{
    private readonly Dictionary<string, int> _kinds = [];
    private readonly Dictionary<string, int> _fields = [];
    private readonly Dictionary<string, int> _districts = [];
    private SegmentFacets? _segment;
    private int[] _combination = [];
    private int[] _counts = [];
    private bool[] _passes = [];

    public IReadOnlyDictionary<string, int> KindCounts => _kinds;

    public IReadOnlyDictionary<string, int> FieldCounts => _fields;

    public IReadOnlyDictionary<string, int> DistrictCounts => _districts;

    /// <summary>How many documents passed every filter (what the ranking collector saw).</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var segment = _segment = SegmentFacets.For(context.AtomicReader);
        _combination = segment.Combination;
        _counts = new int[segment.Combinations.Length];
        _passes = new bool[segment.Combinations.Length];
        for (var c = 0; c < _passes.Length; c++)
        {
            var (k, f, d, isPublic) = segment.Combinations[c];
            _passes[c] = Visible(isPublic) && Passes(segment.Kinds, k, kind) && Passes(segment.Fields, f, field) && Passes(segment.Districts, d, district);
        }

        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var c = _combination[doc];
        _counts[c]++;
        if (_passes[c])
        {
            Total++;
            inner.Collect(doc);
        }
    }

    /// <summary>Adds the last segment's counts to the totals; call once after the search.</summary>
    public void Finish() => Flush();

    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        for (var c = 0; c < _counts.Length; c++)
        {
            var (k, f, d, isPublic) = segment.Combinations[c];
            if (_counts[c] == 0 || !Visible(isPublic))
            {
                continue;
            }

            var (mk, mf, md) = (Passes(segment.Kinds, k, kind), Passes(segment.Fields, f, field), Passes(segment.Districts, d, district));
            if (mf && md)
            {
                Add(_kinds, segment.Kinds, k, _counts[c]);
            }

            if (mk && md)
            {
                Add(_fields, segment.Fields, f, _counts[c]);
            }

            if (mk && mf)
            {
                Add(_districts, segment.Districts, d, _counts[c]);
            }
        }

        _segment = null;
    }

    private bool Visible(bool isPublic) => isPublic || includeStaffOnly;

    private static bool Passes(string[] values, int ord, string? wanted) => string.IsNullOrEmpty(wanted) || (ord >= 0 && values[ord] == wanted);

    private static void Add(Dictionary<string, int> totals, string[] values, int ord, int count)
    {
        if (ord >= 0)
        {
            totals[values[ord]] = totals.GetValueOrDefault(values[ord]) + count;
        }
    }
}
