using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>A batch with its formula, declarations and awards (staff).</summary>
public static class GetBatch
{
    public sealed record DeclarationRow(Guid Id, Guid EnterpriseId, string EnterpriseName, string CreditCode, decimal RdExpense, decimal PreviousRdExpense,
        decimal SuperDeductionAmount, decimal Revenue, decimal TaxPaid, string? AttachmentName, string Source, DateTimeOffset DeclaredAt, string? DeclaredBy)
    {
        /// <summary>What a revision or withdrawal sends back (the declaration's concurrency token).</summary>
        public long Version => SubsidyDeclaration.VersionOf(DeclaredAt);
    }

    public sealed record AwardRow(Guid EnterpriseId, string EnterpriseName, string CreditCode, decimal EligibleAmount, decimal Amount, string Explanation, int FormulaVersion);

    public sealed record Details(
        Guid Id, int Year, string Title, SubsidyBatchStatus Status, string StatusName, SubsidyFormula Formula, string BasisName, DateOnly DeclarationDeadline,
        string? CreatedBy, Guid? CreatedById, DateTimeOffset CreatedAt, DateTimeOffset? ComputedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, long Version,
        IReadOnlyList<DeclarationRow> Declarations, IReadOnlyList<AwardRow> Awards, decimal TotalEligible, decimal TotalAmount, int AwardedCount)
    {
        public bool IsReadOnly => Status == SubsidyBatchStatus.Approved;
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            var b = await db.SubsidyBatches.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (b is null)
            {
                return null;
            }

            var declarations = await db.SubsidyDeclarations.AsNoTracking().Where(d => d.BatchId == id)
                .Select(d => new { d.Id, d.EnterpriseId, d.RdExpense, d.PreviousRdExpense, d.SuperDeductionAmount, d.Revenue, d.TaxPaid, d.AttachmentName, d.Source, d.DeclaredAt, d.DeclaredBy })
                .ToListAsync(ct);
            var awards = await db.SubsidyAwards.AsNoTracking().Where(a => a.BatchId == id).ToListAsync(ct);
            var firms = (await registry.FindByIdsAsync(declarations.Select(d => d.EnterpriseId).Concat(awards.Select(a => a.EnterpriseId)).Distinct().ToList(), ct))
                .ToDictionary(f => f.Id);
            string Name(Guid e) => firms.TryGetValue(e, out var f) ? f.Name : "（已删除的企业）";
            string Code(Guid e) => firms.TryGetValue(e, out var f) ? f.CreditCode : "";

            return new Details(b.Id, b.Year, b.Title, b.Status, SubsidyBatches.StatusName(b.Status), b.Formula, FormulaForm.BasisName(b.Basis), b.DeclarationDeadline,
                b.CreatedBy, b.CreatedById, b.CreatedAt, b.ComputedAt, b.ApprovedBy, b.ApprovedAt, b.Version,
                declarations.OrderBy(d => d.DeclaredAt).ThenBy(d => Name(d.EnterpriseId), StringComparer.Ordinal)
                    .Select(d => new DeclarationRow(d.Id, d.EnterpriseId, Name(d.EnterpriseId), Code(d.EnterpriseId), d.RdExpense, d.PreviousRdExpense, d.SuperDeductionAmount,
                        d.Revenue, d.TaxPaid, d.AttachmentName, d.Source, d.DeclaredAt, d.DeclaredBy)).ToList(),
                awards.OrderByDescending(a => a.Amount).ThenBy(a => Name(a.EnterpriseId), StringComparer.Ordinal)
                    .Select(a => new AwardRow(a.EnterpriseId, Name(a.EnterpriseId), Code(a.EnterpriseId), a.EligibleAmount, a.Amount, a.Explanation, a.FormulaVersion)).ToList(),
                awards.Sum(a => a.EligibleAmount), awards.Sum(a => a.Amount), awards.Count(a => a.Amount > 0));
        }
    }
}
