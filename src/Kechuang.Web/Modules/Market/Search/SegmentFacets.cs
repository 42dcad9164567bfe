using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// The facet values, audience and length norms of every document of one index segment, read once into plain arrays and kept while
/// the segment lives (keyed by its core, which near-real-time reopening shares). Counting facets then costs an array
/// read per matched document instead of a doc-values decode; the arrays are ~13 bytes per document.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _norms = new();

    private SegmentFacets(AtomicReader reader)
    {
        Kinds = new Column(reader, MarketIndex.KindField);
        Fields = new Column(reader, MarketIndex.FieldField);
        Districts = new Column(reader, MarketIndex.DistrictField);
        Public = new FixedBitSet(reader.MaxDoc);
        var docs = reader.GetTermDocsEnum(new Term(MarketIndex.AudienceField, "public"));
        if (docs is not null)
        {
            for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                Public.Set(doc);
            }
        }
    }

    public Column Kinds { get; }

    public Column Fields { get; }

    public Column Districts { get; }

    public FixedBitSet Public { get; }

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

    /// <summary>One facet: each document's value as an ordinal (−1 when it has none), and the values by ordinal.</summary>
    internal sealed class Column
    {
        public Column(AtomicReader reader, string field)
        {
            var values = reader.GetSortedDocValues(field);
            Ords = new int[reader.MaxDoc];
            if (values is null)
            {
                Array.Fill(Ords, -1);
                Values = [];
                return;
            }

            for (var doc = 0; doc < Ords.Length; doc++)
            {
                Ords[doc] = values.GetOrd(doc);
            }

            Values = new string[values.ValueCount];
            var term = new BytesRef();
            for (var ord = 0; ord < Values.Length; ord++)
            {
                values.LookupOrd(ord, term);
                Values[ord] = term.Utf8ToString();
            }
        }

        public int[] Ords { get; }

        public string[] Values { get; }

        /// <summary>The ordinal of a value, or −1 when no document of the segment has it.</summary>
        public int OrdOf(string value) => Array.IndexOf(Values, value);
    }
}
