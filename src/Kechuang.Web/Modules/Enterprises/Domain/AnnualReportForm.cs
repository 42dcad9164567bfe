using System.ComponentModel.DataAnnotations;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>One year's figures as entered (万元). The one set of rules for the API, the form and the import.</summary>
public sealed class AnnualReportForm : IValidatableObject
{
    public const int FirstYear = 1990;
    private const string MoneyMax = "100000000"; // 1 万亿元 in 万元: above this a figure is a typing error
    private const string Money = "{0}应在 0 到 100000000 万元之间";
    private const string SignedMoney = "{0}应在 -100000000 到 100000000 万元之间";
    private const string Count = "{0}应在 0 到 1000000 之间";

    [Display(Name = "年度")]
    public int Year { get; set; }

    [Display(Name = "营业收入")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal Revenue { get; set; }

    [Display(Name = "高新技术产品(服务)收入")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal HighTechRevenue { get; set; }

    [Display(Name = "技术性收入")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal? TechRevenue { get; set; }

    [Display(Name = "研发费用")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal RdExpense { get; set; }

    [Display(Name = "境内研发费用")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal RdExpenseDomestic { get; set; }

    [Display(Name = "成本费用")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal TotalCost { get; set; }

    [Display(Name = "资产总额")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal TotalAssets { get; set; }

    [Display(Name = "净资产")]
    [Range(typeof(decimal), "-" + MoneyMax, MoneyMax, ErrorMessage = SignedMoney)]
    public decimal NetAssets { get; set; }

    [Display(Name = "净利润")]
    [Range(typeof(decimal), "-" + MoneyMax, MoneyMax, ErrorMessage = SignedMoney)]
    public decimal NetProfit { get; set; }

    [Display(Name = "上缴税金")]
    [Range(typeof(decimal), "0", MoneyMax, ErrorMessage = Money)]
    public decimal TaxPaid { get; set; }

    [Display(Name = "职工总数")]
    [Range(0, 1_000_000, ErrorMessage = Count)]
    public int Employees { get; set; }

    [Display(Name = "科技人员数")]
    [Range(0, 1_000_000, ErrorMessage = Count)]
    public int StStaff { get; set; }

    [Display(Name = "Ⅰ类知识产权数")]
    [Range(0, 1_000_000, ErrorMessage = Count)]
    public int IpClass1 { get; set; }

    [Display(Name = "Ⅱ类知识产权数")]
    [Range(0, 1_000_000, ErrorMessage = Count)]
    public int IpClass2 { get; set; }

    [Display(Name = "科技成果转化数")]
    [Range(0, 1_000_000, ErrorMessage = Count)]
    public int ConvertedResults { get; set; }

    /// <summary>The version the user started editing from; 0 for a new year.</summary>
    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var lastYear = DateTime.UtcNow.Year;
        if (Year < FirstYear || Year > lastYear)
        {
            yield return new ValidationResult($"年度应在 {FirstYear} 到 {lastYear} 之间", [nameof(Year)]);
        }

        if (StStaff > Employees)
        {
            yield return new ValidationResult($"科技人员数（{StStaff}）不能超过职工总数（{Employees}）", [nameof(StStaff)]);
        }

        if (HighTechRevenue > Revenue)
        {
            yield return new ValidationResult("高新技术产品(服务)收入不能超过营业收入", [nameof(HighTechRevenue)]);
        }

        if (TechRevenue > Revenue)
        {
            yield return new ValidationResult("技术性收入不能超过营业收入", [nameof(TechRevenue)]);
        }

        if (RdExpenseDomestic > RdExpense)
        {
            yield return new ValidationResult("境内研发费用不能超过研发费用总额", [nameof(RdExpenseDomestic)]);
        }

        if (NetAssets > TotalAssets)
        {
            yield return new ValidationResult("净资产不能超过资产总额", [nameof(NetAssets)]);
        }
    }

    public static AnnualReportForm From(AnnualReport r) => new()
    {
        Year = r.Year,
        Revenue = r.Revenue,
        HighTechRevenue = r.HighTechRevenue,
        TechRevenue = r.TechRevenue,
        RdExpense = r.RdExpense,
        RdExpenseDomestic = r.RdExpenseDomestic,
        TotalCost = r.TotalCost,
        TotalAssets = r.TotalAssets,
        NetAssets = r.NetAssets,
        NetProfit = r.NetProfit,
        TaxPaid = r.TaxPaid,
        Employees = r.Employees,
        StStaff = r.StStaff,
        IpClass1 = r.IpClass1,
        IpClass2 = r.IpClass2,
        ConvertedResults = r.ConvertedResults,
        Version = r.Version,
    };

    public void ApplyTo(AnnualReport r)
    {
        r.Revenue = Revenue;
        r.HighTechRevenue = HighTechRevenue;
        r.TechRevenue = TechRevenue;
        r.RdExpense = RdExpense;
        r.RdExpenseDomestic = RdExpenseDomestic;
        r.TotalCost = TotalCost;
        r.TotalAssets = TotalAssets;
        r.NetAssets = NetAssets;
        r.NetProfit = NetProfit;
        r.TaxPaid = TaxPaid;
        r.Employees = Employees;
        r.StStaff = StStaff;
        r.IpClass1 = IpClass1;
        r.IpClass2 = IpClass2;
        r.ConvertedResults = ConvertedResults;
    }
}
