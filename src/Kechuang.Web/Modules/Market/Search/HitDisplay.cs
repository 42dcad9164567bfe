using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// What a hit shows (kind, id, title, body, field, district, owner), kept per document as one binary doc value rather
/// than as stored fields: stored fields are LZ4-compressed in 16 KiB chunks, so showing 20 hits decompressed ~20 chunk
/// halves — about a millisecond per query on the benchmark, as long as ranking 80,000 matches. A doc value is read in
/// place, uncompressed (the index grows by the text's UTF-8 size). The body is cut at <see cref="MaxBodyChars"/> for
/// display only (a doc value holds at most 32,766 bytes); the indexed text is whole.
/// </summary>
internal static class HitDisplay
{
    public const string Field = "display";
    public const int MaxBodyChars = 8000;

    public sealed record Shown(string Kind, Guid Id, string Title, string Body, string Field, string? District, string Owner);

    public static BytesRef Encode(SearchDocument d)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(d.Kind);
            writer.Write(d.Id.ToByteArray());
            writer.Write(d.Title);
            writer.Write(d.Body.Length > MaxBodyChars ? d.Body[..MaxBodyChars] : d.Body);
            writer.Write(d.Field);
            writer.Write(d.District ?? "");
            writer.Write(d.Owner);
        }

        return new BytesRef(buffer.ToArray());
    }

    public static Shown Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(Field) ?? throw new InvalidOperationException("index without display values");
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        using var reader2 = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        var kind = reader2.ReadString();
        var id = new Guid(reader2.ReadBytes(16));
        var title = reader2.ReadString();
        var body = reader2.ReadString();
        var field = reader2.ReadString();
        var district = reader2.ReadString();
        return new Shown(kind, id, title, body, field, district.Length == 0 ? null : district, reader2.ReadString());
    }
}
