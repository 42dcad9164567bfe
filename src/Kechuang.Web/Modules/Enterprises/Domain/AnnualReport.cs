using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Enterprises.Domain;

/// <summary>An enterprise's figures for one accounting year (年度数据). Money in 万元.</summary>
public sealed class AnnualReport : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EnterpriseId { get; init; }

    public int Year { get; init; }

    public decimal Revenue { get; set; }                 // 营业收入

    public decimal HighTechRevenue { get; set; }         // 高新技术产品(服务)收入

    /// <summary>技术性收入 (技术转让、技术服务、技术咨询…): needed by 科技小巨人; null when not reported.</summary>
    public decimal? TechRevenue { get; set; }

    public decimal RdExpense { get; set; }               // 研发费用总额

    public decimal RdExpenseDomestic { get; set; }       // 其中境内研发费用

    public decimal TotalCost { get; set; }               // 成本费用总额

    public decimal TotalAssets { get; set; }             // 资产总额

    public decimal NetAssets { get; set; }               // 净资产 (may be negative)

    public decimal NetProfit { get; set; }               // 净利润 (may be negative)

    public decimal TaxPaid { get; set; }                 // 上缴税金

    public int Employees { get; set; }                   // 职工总数

    public int StStaff { get; set; }                     // 科技人员数

    public int IpClass1 { get; set; }                    // Ⅰ类知识产权数

    public int IpClass2 { get; set; }                    // Ⅱ类知识产权数

    public int ConvertedResults { get; set; }            // 科技成果转化数

    public long Version { get; set; }
}
