using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// The facet values, audience and length norms of every document of one index segment, read once into plain arrays and
/// kept while the segment lives (keyed by its core, which near-real-time reopening shares). A document's kind, field,
/// district and audience are one small "combination" number: the few hundred combinations that occur are listed once,
/// so counting facets over 80,000 matches is one array read and one increment per document, and the per-facet counts
/// (each obeying the other facets' filters) are worked out from the combination counts at the end.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];
    private readonly ConcurrentDictionary<string, byte[]> _norms = new();

    private SegmentFacets(AtomicReader reader)
    {
        var kinds = reader.GetSortedDocValues(MarketIndex.KindField);
        var fields = reader.GetSortedDocValues(MarketIndex.FieldField);
        var districts = reader.GetSortedDocValues(MarketIndex.DistrictField);
        Kinds = ValuesOf(kinds);
        Fields = ValuesOf(fields);
        Districts = ValuesOf(districts);
        var isPublic = new FixedBitSet(reader.MaxDoc);
        if (reader.GetTermDocsEnum(new Term(MarketIndex.AudienceField, "public")) is { } docs)
        {
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                isPublic.Set(doc);
            }
        }

        var ids = new Dictionary<Combination, int>();
        Combination = new int[reader.MaxDoc];
        for (var doc = 0; doc < Combination.Length; doc++)
        {
            var c = new Combination(kinds?.GetOrd(doc) ?? -1, fields?.GetOrd(doc) ?? -1, districts?.GetOrd(doc) ?? -1, isPublic.Get(doc));
            if (!ids.TryGetValue(c, out var id))
            {
                ids[c] = id = ids.Count;
            }

            Combination[doc] = id;
        }

        Combinations = new Combination[ids.Count];
        foreach (var (c, id) in ids)
        {
            Combinations[id] = c;
        }
    }

    /// <summary>Each document's combination number.</summary>
    public int[] Combination { get; }

    /// <summary>The combinations by number: ordinals of kind, field and district (−1: none) and the audience.</summary>
    public Combination[] Combinations { get; }

    public string[] Kinds { get; }

    public string[] Fields { get; }

    public string[] Districts { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>The field's one-byte length norm of every document (BM25's document length), decoded once.</summary>
    public byte[] Norms(AtomicReader reader, string field) => _norms.GetOrAdd(field, f =>
    {
        var bytes = new byte[reader.MaxDoc];
        if (reader.GetNormValues(f) is { } values)
        {
            for (var doc = 0; doc < bytes.Length; doc++)
            {
                bytes[doc] = (byte)values.Get(doc);
            }
        }

        return bytes;
    });

    private static string[] ValuesOf(SortedDocValues? values)
    {
        if (values is null)
        {
            return [];
        }

        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return names;
    }
}

/// <summary>One combination of facet values (ordinals in the segment, −1 when absent) and audience.</summary>
internal readonly record struct Combination(int Kind, int Field, int District, bool IsPublic);
