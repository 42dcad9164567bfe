using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.Web.Infrastructure.Documents;

/// <summary>The fields (<c>{{名称}}</c>) and lists (<c>{{#列表.列}}</c>, by list: its columns) a template asks for.</summary>
public sealed record TemplateFields(IReadOnlyList<string> Fields, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists);

/// <summary>
/// Fills a .docx template. The syntax (also in <c>src/Kechuang.Web/Templates/README.md</c>):
/// <list type="bullet">
/// <item><c>{{名称}}</c> is replaced by the field's text, wherever it is: body, tables, headers, footers. Word often splits
/// what was typed as one word into several runs (spell-check, an edit in the middle, a change of font); the placeholder
/// is found across them, and the value takes the formatting of the run where the placeholder starts. A value with line
/// breaks becomes one paragraph per line when the placeholder is the whole paragraph, otherwise line breaks within it.</item>
/// <item>A table row containing <c>{{#列表.列}}</c> is repeated once per row of that list (and removed when the list is
/// empty); <c>{{列}}</c>-style plain fields may appear in it as well. One list per row.</item>
/// <item>Anything left unfilled — an unknown name, a list the data does not have, a column its rows lack, an unclosed
/// <c>{{</c> — is an error naming every such placeholder (<see cref="DocumentTemplateException"/>), never a document
/// with braces in it.</item>
/// </list>
/// </summary>
public static partial class DocxTemplate
{
    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]*?)\s*\}\}")]
    private static partial Regex Placeholder();

    private const string ListMarker = "#";

    public static byte[] Render(byte[] template, DocumentData data, string templateName)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        stream.Position = 0;
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        using (var doc = Open(stream, templateName, editable: true))
        {
            foreach (var root in Roots(doc))
            {
                var filled = ExpandRows(root, data, problems);
                foreach (var p in root.Descendants<Paragraph>().Where(p => !filled.Contains(p)).ToList())
                {
                    Fill(p, name => Field(data, name), problems);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new DocumentTemplateException(templateName, [.. problems]);
        }

        return stream.ToArray();
    }

    public static TemplateFields Describe(byte[] template, string templateName)
    {
        using var stream = new MemoryStream(template);
        using var doc = Open(stream, templateName, editable: false);
        var fields = new List<string>();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var root in Roots(doc))
        {
            foreach (var p in root.Descendants<Paragraph>())
            {
                foreach (Match m in Placeholder().Matches(TextOf(p)))
                {
                    var name = m.Groups["name"].Value;
                    if (ListColumn(name) is ({ } list, { } column))
                    {
                        var columns = lists.TryGetValue(list, out var c) ? c : lists[list] = [];
                        if (!columns.Contains(column))
                        {
                            columns.Add(column);
                        }
                    }
                    else if (!fields.Contains(name))
                    {
                        fields.Add(name);
                    }
                }
            }
        }

        return new TemplateFields(fields, lists.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal));
    }

    /// <summary>Every paragraph's text, in order: body, then headers and footers (for tests and previews).</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using var doc = Open(stream, "document", editable: false);
        return Roots(doc).SelectMany(r => r.Descendants<Paragraph>()).Select(TextOf).ToList();
    }

    private static WordprocessingDocument Open(Stream stream, string templateName, bool editable)
    {
        try
        {
            var doc = WordprocessingDocument.Open(stream, editable);
            return doc.MainDocumentPart?.Document?.Body is null ? throw new InvalidDataException("no document body") : doc;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            throw new DocumentTemplateException(templateName, ["文件不是有效的 Word（.docx）文档"]);
        }
    }

    private static IEnumerable<OpenXmlPartRootElement> Roots(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart!;
        yield return main.Document!;
        foreach (var h in main.HeaderParts)
        {
            if (h.Header is { } header)
            {
                yield return header;
            }
        }

        foreach (var f in main.FooterParts)
        {
            if (f.Footer is { } footer)
            {
                yield return footer;
            }
        }
    }

    private static string? Field(DocumentData data, string name) =>
        name.StartsWith(ListMarker, StringComparison.Ordinal) ? null : data.Fields.GetValueOrDefault(name);

    /// <summary>("经费拨付", "金额") for "#经费拨付.金额"; (null, null) when the name is not a list column.</summary>
    private static (string? List, string? Column) ListColumn(string name)
    {
        if (!name.StartsWith(ListMarker, StringComparison.Ordinal))
        {
            return (null, null);
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 && dot < name.Length - 1 ? (name[1..dot].Trim(), name[(dot + 1)..].Trim()) : (null, null);
    }

    /// <summary>Repeats the list rows; returns the paragraphs already filled (values are never read as placeholders again).</summary>
    private static HashSet<Paragraph> ExpandRows(OpenXmlElement root, DocumentData data, SortedSet<string> problems)
    {
        var filled = new HashSet<Paragraph>(ReferenceEqualityComparer.Instance);
        foreach (var row in root.Descendants<TableRow>().ToList())
        {
            var names = row.Descendants<Paragraph>().SelectMany(p => Placeholder().Matches(TextOf(p)).Select(m => m.Groups["name"].Value)).ToList();
            var lists = names.Select(n => ListColumn(n).List).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (lists.Count == 0)
            {
                continue;
            }

            if (lists.Count > 1)
            {
                problems.Add($"同一表格行引用了多个列表（{string.Join("、", lists)}）");
                continue;
            }

            var list = lists[0];
            if (!data.Tables.TryGetValue(list, out var rows))
            {
                problems.Add($"未知的列表 {{{{#{list}.…}}}}");
                filled.UnionWith(row.Descendants<Paragraph>()); // reported once, not again for each of its columns
                continue;
            }

            foreach (var item in rows)
            {
                var copy = (TableRow)row.CloneNode(true);
                foreach (var p in copy.Descendants<Paragraph>().ToList())
                {
                    Fill(p, name => ListColumn(name) is ({ } l, { } column) && l == list ? item.GetValueOrDefault(column) : Field(data, name), problems);
                }

                filled.UnionWith(copy.Descendants<Paragraph>());
                row.InsertBeforeSelf(copy);
            }

            row.Remove();
        }

        return filled;
    }

    /// <summary>The paragraph's own text (not that of paragraphs nested in it, e.g. in a text box).</summary>
    private static string TextOf(Paragraph p) => string.Concat(OwnTexts(p).Select(t => t.Text));

    private static List<Text> OwnTexts(Paragraph p) =>
        p.Descendants<Text>().Where(t => t.Ancestors<Paragraph>().FirstOrDefault() == p).ToList();

    private static void Fill(Paragraph p, Func<string, string?> resolve, SortedSet<string> problems)
    {
        var texts = OwnTexts(p);
        var full = string.Concat(texts.Select(t => t.Text));
        if (!full.Contains("{{", StringComparison.Ordinal) && !full.Contains("}}", StringComparison.Ordinal))
        {
            return;
        }

        var matches = Placeholder().Matches(full);
        var outside = Placeholder().Replace(full, "");
        if (outside.Contains("{{", StringComparison.Ordinal) || outside.Contains("}}", StringComparison.Ordinal))
        {
            problems.Add($"占位符的花括号不成对：“{Shorten(full)}”");
        }

        // A multi-line value that is the whole paragraph becomes one paragraph per line, each formatted like this one.
        if (matches.Count == 1 && full.Trim() == matches[0].Value && resolve(matches[0].Groups["name"].Value) is { } whole && Lines(whole) is { Length: > 1 } lines)
        {
            foreach (var line in lines)
            {
                var copy = (Paragraph)p.CloneNode(true);
                Fill(copy, _ => line, problems);
                p.InsertBeforeSelf(copy);
            }

            p.Remove();
            return;
        }

        // Right to left, so the offsets of the placeholders still to do stay valid.
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            var name = m.Groups["name"].Value;
            if (resolve(name) is { } value)
            {
                Splice(texts, m.Index, m.Length, string.Join('\n', Lines(value)));
            }
            else
            {
                problems.Add(name.Length == 0 ? "空的占位符 {{}}" : $"未知的占位符 {{{{{name}}}}}");
            }
        }

        foreach (var t in texts)
        {
            Tidy(t);
        }
    }

    private static string[] Lines(string value) => value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>Replaces [start, start+length) of the texts' concatenation by value, written into the text where it starts.</summary>
    private static void Splice(List<Text> texts, int start, int length, string value)
    {
        var end = start + length;
        var offset = 0;
        var first = -1;
        var startAt = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i].Text;
            var from = offset;
            var to = offset + t.Length;
            offset = to;
            if (to <= start || from >= end)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                startAt = start - from;
                var tail = end <= to ? t[(end - from)..] : "";
                texts[i].Text = t[..startAt] + value + tail;
            }
            else
            {
                texts[i].Text = end < to ? t[(end - from)..] : "";
            }
        }
    }

    /// <summary>Keeps spaces, turns line breaks into Word breaks, and drops runs a placeholder left empty.</summary>
    private static void Tidy(Text t)
    {
        if (t.Parent is not Run run)
        {
            return;
        }

        if (t.Text.Length == 0)
        {
            t.Remove();
            if (!run.ChildElements.Any(c => c is not RunProperties))
            {
                run.Remove();
            }

            return;
        }

        if (t.Text.Contains('\n', StringComparison.Ordinal))
        {
            var parts = t.Text.Split('\n');
            t.Text = parts[0];
            OpenXmlElement last = t;
            foreach (var part in parts.Skip(1))
            {
                last = last.InsertAfterSelf(new Break());
                last = last.InsertAfterSelf(new Text(part));
                Preserve((Text)last);
            }
        }

        Preserve(t);
    }

    private static void Preserve(Text t)
    {
        if (t.Text.Length > 0 && (char.IsWhiteSpace(t.Text[0]) || char.IsWhiteSpace(t.Text[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }
    }
}
