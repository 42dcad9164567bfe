using System.Globalization;
using System.Text;

namespace Kechuang.Web.Modules.Subsidies.Domain;

/// <summary>A batch's formula as the calculator sees it. Rates and the R&amp;D ratio are percents; money is 万元.</summary>
public sealed record SubsidyFormula(
    SubsidyBasis Basis,
    decimal RateNonHighTech,
    decimal RateHighTech,
    decimal? PerFirmCap,
    decimal? MinRdExpense,
    decimal? MinRdRatio,
    bool CapByTaxPaid,
    decimal Budget,
    int Version);

/// <summary>One firm's declared figures (万元) and whether it holds a valid 高企 certificate.</summary>
public sealed record SubsidyInput(Guid EnterpriseId, decimal RdExpense, decimal PreviousRdExpense, decimal SuperDeductionAmount, decimal Revenue, decimal TaxPaid, bool HighTech);

public sealed record SubsidyResult(Guid EnterpriseId, decimal EligibleAmount, decimal Amount, string Explanation);

public sealed record SubsidyComputation(IReadOnlyList<SubsidyResult> Results, decimal TotalEligible, decimal Total, decimal? Scale);

/// <summary>
/// 研发后补助 (DOMAIN.md): amount = rate × basis (rate by tier), limited by the per-firm cap (and tax paid), then scaled
/// down when the total exceeds the budget. Every figure is rounded down to 0.01 万元, so the total never exceeds the budget.
/// </summary>
public static class SubsidyCalculator
{
    public static SubsidyComputation Compute(SubsidyFormula f, IReadOnlyList<SubsidyInput> firms)
    {
        var first = firms.Select(x => Eligible(f, x)).ToList();
        var totalEligible = first.Sum(x => x.Eligible);
        decimal? scale = totalEligible > f.Budget && totalEligible > 0 ? f.Budget / totalEligible : null;
        var results = first.Select(x =>
        {
            var amount = scale is { } s ? Floor(x.Eligible * s) : x.Eligible;
            var text = new StringBuilder(x.Text);
            if (scale is { } s2 && x.Eligible > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"；核定总额 {M(totalEligible)} 万元超过预算 {M(f.Budget)} 万元，按比例 {f.Budget.ToString("0.##", CultureInfo.InvariantCulture)} ÷ {M(totalEligible)} = {s2.ToString("0.######", CultureInfo.InvariantCulture)} 折算：{M(x.Eligible)} × {s2.ToString("0.######", CultureInfo.InvariantCulture)} = {M(amount)} 万元（向下取至 0.01 万元）");
            }

            text.Append(CultureInfo.InvariantCulture, $"；补助金额 {M(amount)} 万元；公式版本 v{f.Version}");
            return new SubsidyResult(x.Input.EnterpriseId, x.Eligible, amount, text.ToString());
        }).ToList();
        return new SubsidyComputation(results, totalEligible, results.Sum(r => r.Amount), scale);
    }

    private static (SubsidyInput Input, decimal Eligible, string Text) Eligible(SubsidyFormula f, SubsidyInput x)
    {
        var text = new StringBuilder();
        var ratio = x.Revenue > 0 ? x.RdExpense / x.Revenue * 100 : (decimal?)null;
        if (f.MinRdExpense is { } minRd && x.RdExpense < minRd)
        {
            return (x, 0, $"不符合申报条件：研发费用 {M(x.RdExpense)} 万元低于 {M(minRd)} 万元");
        }

        if (f.MinRdRatio is { } minRatio && (ratio ?? 0) < minRatio)
        {
            return (x, 0, ratio is { } r
                ? $"不符合申报条件：研发费用占营业收入比例 {M(x.RdExpense)} ÷ {M(x.Revenue)} = {r.ToString("0.##", CultureInfo.InvariantCulture)}% 低于 {P(minRatio)}"
                : $"不符合申报条件：营业收入为 0，无法满足研发费用占比不低于 {P(minRatio)} 的要求");
        }

        if (f.MinRdExpense is not null || f.MinRdRatio is not null)
        {
            text.Append("符合申报条件（");
            var parts = new List<string>();
            if (f.MinRdExpense is { } m)
            {
                parts.Add($"研发费用 {M(x.RdExpense)} ≥ {M(m)} 万元");
            }

            if (f.MinRdRatio is { } mr)
            {
                parts.Add(ratio is { } rv ? $"研发占比 {rv.ToString("0.##", CultureInfo.InvariantCulture)}% ≥ {P(mr)}" : $"研发占比要求 ≥ {P(mr)}（营业收入为 0）");
            }

            text.Append(string.Join("，", parts)).Append("）；");
        }

        var (basisName, basis) = f.Basis switch
        {
            SubsidyBasis.RdExpense => ("研发费用", x.RdExpense),
            SubsidyBasis.RdIncrease => ($"研发费用增量（{M(x.RdExpense)} − 上年 {M(x.PreviousRdExpense)}）", x.RdExpense - x.PreviousRdExpense),
            SubsidyBasis.SuperDeduction => ("研发费用加计扣除额", x.SuperDeductionAmount),
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Basis, null),
        };
        if (f.Basis == SubsidyBasis.RdIncrease && basis <= 0)
        {
            return (x, 0, $"{text}研发费用 {M(x.RdExpense)} 万元未超过上年 {M(x.PreviousRdExpense)} 万元，无增量，不予补助");
        }

        var rate = x.HighTech ? f.RateHighTech : f.RateNonHighTech;
        var raw = Floor(basis * rate / 100);
        text.Append(CultureInfo.InvariantCulture, $"{basisName} {M(basis)} 万元 × {P(rate)}（{(x.HighTech ? "高新技术企业" : "非高新技术企业")}）= {M(raw)} 万元");

        decimal? cap = f.PerFirmCap;
        if (f.CapByTaxPaid)
        {
            cap = cap is { } c ? Math.Min(c, x.TaxPaid) : x.TaxPaid;
        }

        var eligible = raw;
        if (cap is { } limit)
        {
            var capText = f.CapByTaxPaid
                ? f.PerFirmCap is { } pc ? $"单户上限 min({M(pc)}, 纳税额 {M(x.TaxPaid)}) = {M(limit)} 万元" : $"单户上限 = 纳税额 {M(x.TaxPaid)} 万元"
                : $"单户上限 {M(limit)} 万元";
            if (raw > limit)
            {
                eligible = Floor(limit);
                text.Append(CultureInfo.InvariantCulture, $"；{capText}，核定 {M(eligible)} 万元");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"；未超过{capText}，核定 {M(eligible)} 万元");
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"；核定 {M(eligible)} 万元");
        }

        return (x, Math.Max(0, eligible), text.ToString());
    }

    /// <summary>Rounds down to 0.01 万元 (100 元).</summary>
    public static decimal Floor(decimal v) => Math.Floor(v * 100) / 100;

    private static string M(decimal v) => v.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string P(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
