using System.Globalization;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>
/// The spreadsheet layout shared by the import template, the import and the export: one row per enterprise
/// and year, the enterprise's columns repeated on each of its years, so an export can be edited and imported back.
/// </summary>
public static class EnterpriseSheet
{
    public const string SheetName = "企业及年度数据";

    public const string Name = "企业名称";
    public const string CreditCode = "统一社会信用代码";
    public const string District = "区县代码";
    public const string Grid = "网格编号";
    public const string Industry = "行业门类";
    public const string Field = "高新技术领域";
    public const string Established = "成立日期";
    public const string Capital = "注册资本(万元)";
    public const string Legal = "法定代表人";
    public const string Contact = "联系人";
    public const string Phone = "联系电话";
    public const string Address = "地址";
    public const string Year = "年度";

    /// <summary>Annual columns: header → property of <see cref="AnnualReportForm"/>.</summary>
    public static readonly IReadOnlyList<(string Header, string Property)> AnnualColumns =
    [
        ("营业收入(万元)", nameof(AnnualReportForm.Revenue)),
        ("高新技术产品(服务)收入(万元)", nameof(AnnualReportForm.HighTechRevenue)),
        ("研发费用(万元)", nameof(AnnualReportForm.RdExpense)),
        ("境内研发费用(万元)", nameof(AnnualReportForm.RdExpenseDomestic)),
        ("成本费用(万元)", nameof(AnnualReportForm.TotalCost)),
        ("资产总额(万元)", nameof(AnnualReportForm.TotalAssets)),
        ("净资产(万元)", nameof(AnnualReportForm.NetAssets)),
        ("净利润(万元)", nameof(AnnualReportForm.NetProfit)),
        ("上缴税金(万元)", nameof(AnnualReportForm.TaxPaid)),
        ("职工总数", nameof(AnnualReportForm.Employees)),
        ("科技人员数", nameof(AnnualReportForm.StStaff)),
        ("Ⅰ类知识产权数", nameof(AnnualReportForm.IpClass1)),
        ("Ⅱ类知识产权数", nameof(AnnualReportForm.IpClass2)),
        ("科技成果转化数", nameof(AnnualReportForm.ConvertedResults)),
        ("技术性收入(万元)", nameof(AnnualReportForm.TechRevenue)),
    ];

    public static readonly IReadOnlyList<string> EnterpriseColumns =
        [Name, CreditCode, District, Grid, Industry, Field, Established, Capital, Legal, Contact, Phone, Address];

    public static readonly IReadOnlyList<string> Headers = [.. EnterpriseColumns, Year, .. AnnualColumns.Select(c => c.Header)];

    /// <summary>Column header for a form property, so validation messages point at the spreadsheet column.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeaderOfProperty = new Dictionary<string, string>(
        new Dictionary<string, string>
        {
            [nameof(EnterpriseForm.Name)] = Name,
            [nameof(EnterpriseForm.CreditCode)] = CreditCode,
            [nameof(EnterpriseForm.DistrictCode)] = District,
            [nameof(EnterpriseForm.GridId)] = Grid,
            [nameof(EnterpriseForm.IndustryCode)] = Industry,
            [nameof(EnterpriseForm.HighTechField)] = Field,
            [nameof(EnterpriseForm.EstablishedOn)] = Established,
            [nameof(EnterpriseForm.RegisteredCapital)] = Capital,
            [nameof(EnterpriseForm.LegalRepresentative)] = Legal,
            [nameof(EnterpriseForm.ContactPerson)] = Contact,
            [nameof(EnterpriseForm.ContactPhone)] = Phone,
            [nameof(EnterpriseForm.Address)] = Address,
            [nameof(AnnualReportForm.Year)] = Year,
        }.Concat(AnnualColumns.Select(c => KeyValuePair.Create(c.Property, c.Header))),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The annual columns with the form property each fills, looked up once rather than per cell.</summary>
    public static readonly IReadOnlyList<(string Header, System.Reflection.PropertyInfo Property)> AnnualProperties =
        AnnualColumns.Select(c => (c.Header, typeof(AnnualReportForm).GetProperty(c.Property)!)).ToList();

    /// <summary>The template: the headers, one example row, and a sheet of explanations.</summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object?>
        {
            [Name] = "银川示例科技有限公司",
            [CreditCode] = "91640100MA76XXXXXX（请填写真实代码）",
            [District] = "640106",
            [Grid] = "640106-01",
            [Industry] = "C",
            [Field] = "新材料",
            [Established] = "2018-05-20",
            [Capital] = 500m,
            [Legal] = "张三",
            [Contact] = "李四",
            [Phone] = "0951-1234567",
            [Address] = "金凤区某路 1 号",
            [Year] = 2025,
        };
        foreach (var (header, _) in AnnualColumns)
        {
            example[header] = 0;
        }

        var notes = new List<Dictionary<string, object?>>
        {
            Note("每行一个企业的一个年度", "同一企业多个年度写多行，企业信息各行须一致；没有年度数据时“年度”及其后各列留空"),
            Note(CreditCode, "18 位，含校验位（GB 32100-2015）；已登记的企业按此代码更新"),
            Note(District, "GB/T 2260 六位代码：640104 兴庆区、640105 西夏区、640106 金凤区、640121 永宁县、640122 贺兰县、640181 灵武市"),
            Note(Grid, "网格编号，如 640106-01；可留空"),
            Note(Industry, "国民经济行业门类字母 A–T 或名称，如 C 或 制造业"),
            Note(Field, "电子信息、生物与新医药、航空航天、新材料、高技术服务、新能源与节能、资源与环境、先进制造与自动化，或留空"),
            Note("金额", "单位均为万元；净资产、净利润可为负数"),
            Note("导入规则", "先校验全部行，全部无误才写入；有任何错误则不写入任何数据，并给出逐行错误报告"),
        };
        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object>
        {
            [SheetName] = new[] { example },
            ["填写说明"] = notes,
        };
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Note(string item, string text) => new() { ["项目"] = item, ["说明"] = text };

    public static string Format(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
