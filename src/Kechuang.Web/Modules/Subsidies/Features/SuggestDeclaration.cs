using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// Figures to prefill a declaration with, from the firm's annual reports (年度数据): 上年研发费用 from the report of the
/// year before the batch's year; 年度研发费用, 营业收入 and 纳税额 from the batch year's report when there is one. Each
/// says where it came from; the firm may change any of them. What no report has is listed as missing.
/// </summary>
public static class SuggestDeclaration
{
    /// <summary>Field is the declaration's JSON name (previousRdExpense …).</summary>
    public sealed record Figure(string Field, string Label, decimal Value, int Year, string Source);

    public sealed record Suggestion(Guid EnterpriseId, int Year, IReadOnlyList<Figure> Figures, IReadOnlyList<string> Missing);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry)
    {
        /// <summary>Null when the batch does not exist or the firm is not the user's (a firm's users: their own firm, which is the default).</summary>
        public async Task<Suggestion?> Handle(Guid batchId, Guid? enterpriseId, CancellationToken ct)
        {
            SubsidyBatches.DemandDeclare(user);
            var firm = enterpriseId ?? user.EnterpriseId;
            if (firm is null || (SubsidyBatches.IsFirmUser(user) && firm != user.EnterpriseId))
            {
                return null;
            }

            var year = await db.SubsidyBatches.AsNoTracking().Where(b => b.Id == batchId).Select(b => (int?)b.Year).FirstOrDefaultAsync(ct);
            if (year is not { } y || await registry.AnnualFiguresAsync(firm.Value, [y - 1, y], ct) is not { } reports)
            {
                return null;
            }

            var figures = new List<Figure>();
            var missing = new List<string>();
            var last = reports.FirstOrDefault(r => r.Year == y - 1);
            var current = reports.FirstOrDefault(r => r.Year == y);
            if (last is not null)
            {
                figures.Add(new Figure("previousRdExpense", "上年研发费用", last.RdExpense, last.Year, Source(last.Year, "研发费用总额")));
            }
            else
            {
                missing.Add($"企业未填报 {y - 1} 年度数据，请手工填写上年研发费用");
            }

            if (current is not null)
            {
                figures.Add(new Figure("rdExpense", "年度研发费用", current.RdExpense, current.Year, Source(current.Year, "研发费用总额")));
                figures.Add(new Figure("revenue", "营业收入", current.Revenue, current.Year, Source(current.Year, "营业收入")));
                figures.Add(new Figure("taxPaid", "纳税额", current.TaxPaid, current.Year, Source(current.Year, "上缴税金")));
            }
            else
            {
                missing.Add($"企业未填报 {y} 年度数据，请手工填写年度研发费用、营业收入和纳税额");
            }

            return new Suggestion(firm.Value, y, figures, missing);
        }

        private static string Source(int year, string field) => $"企业 {year} 年度数据（{field}）";
    }
}
