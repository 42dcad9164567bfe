using System.Globalization;

namespace Kechuang.Web.Infrastructure.Documents;

/// <summary>
/// What fills a .docx template: named fields for <c>{{名称}}</c> and named lists for repeated table rows
/// (<c>{{#列表.列}}</c>). Values are text as it should appear; <see cref="DocumentText"/> formats dates, money and yes/no.
/// A null value is written as empty text (the field is known, it just has nothing to say).
/// </summary>
public sealed class DocumentData
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> _tables = new(StringComparer.Ordinal);

    /// <summary>A field, e.g. <c>data["项目名称"] = "…"</c>.</summary>
    public string? this[string name]
    {
        get => _fields.GetValueOrDefault(name);
        set => _fields[name] = value ?? "";
    }

    public IReadOnlyDictionary<string, string> Fields => _fields;

    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Tables => _tables;

    /// <summary>The rows of a list: each becomes a copy of the template row that refers to <c>{{#list.column}}</c>.</summary>
    public DocumentData Rows(string list, IEnumerable<IReadOnlyDictionary<string, string?>> rows)
    {
        _tables[list] = rows.Select(r => (IReadOnlyDictionary<string, string>)r.ToDictionary(kv => kv.Key, kv => kv.Value ?? "", StringComparer.Ordinal)).ToList();
        return this;
    }
}

/// <summary>How official documents write dates, money and yes/no.</summary>
public static class DocumentText
{
    /// <summary>2026年3月1日 (公文 dates have no leading zeros).</summary>
    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    /// <summary>2026年3月1日至2026年3月7日.</summary>
    public static string Period(DateOnly from, DateOnly to) => $"{Date(from)}至{Date(to)}";

    /// <summary>Money with two decimals, e.g. 万元 amounts: 12.50.</summary>
    public static string Money(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    public static string YesNo(bool v) => v ? "是" : "否";
}
