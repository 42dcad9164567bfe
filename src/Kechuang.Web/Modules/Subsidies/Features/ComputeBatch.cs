using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// Computes every declared firm's award with the batch's current formula: the tier is a valid 高企 certificate on
/// 31 December of the batch's year. Recomputing replaces the batch's (unapproved) awards.
/// </summary>
public static class ComputeBatch
{
    public sealed record Summary(int Firms, int Awarded, decimal TotalEligible, decimal Total, decimal Budget, decimal? Scale, int FormulaVersion);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts facts, TimeProvider clock)
    {
        /// <summary>Null when the batch does not exist.</summary>
        public async Task<Summary?> Handle(Guid batchId, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            var batch = await db.SubsidyBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return null;
            }

            batch.EnsureNotApproved("重新核算");
            var declarations = await db.SubsidyDeclarations.AsNoTracking().Where(d => d.BatchId == batchId)
                .Select(d => new { d.EnterpriseId, d.RdExpense, d.PreviousRdExpense, d.SuperDeductionAmount, d.Revenue, d.TaxPaid })
                .ToListAsync(ct);
            if (declarations.Count == 0)
            {
                throw new DomainRuleException("本批次还没有企业申报，无法核算");
            }

            var ids = declarations.Select(d => d.EnterpriseId).ToList();
            var tiers = (await facts.LoadByIdsAsync(ids, new DateOnly(batch.Year, 12, 31), ct)).ToDictionary(f => f.Id, f => f.Tier);
            var inputs = declarations.Select(d => new SubsidyInput(d.EnterpriseId, d.RdExpense, d.PreviousRdExpense, d.SuperDeductionAmount, d.Revenue, d.TaxPaid,
                tiers.GetValueOrDefault(d.EnterpriseId) == QualificationLevel.HighTech)).ToList();
            var result = SubsidyCalculator.Compute(batch.Formula, inputs);

            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            db.SubsidyAwards.AddRange(result.Results.Select(r => new SubsidyAward
            {
                BatchId = batchId,
                EnterpriseId = r.EnterpriseId,
                EligibleAmount = r.EligibleAmount,
                Amount = r.Amount,
                Explanation = r.Explanation.Length > 2000 ? r.Explanation[..2000] : r.Explanation,
                FormulaVersion = batch.FormulaVersion,
            }));
            batch.Computed(clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("核算期间批次被他人修改（新的申报或公式修改），本次核算未保存，请重新核算");
            }

            return new Summary(declarations.Count, result.Results.Count(r => r.Amount > 0), result.TotalEligible, result.Total, batch.Budget, result.Scale, batch.FormulaVersion);
        }
    }
}
