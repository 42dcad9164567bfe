using System.Globalization;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>A second person approves a computed batch (编制与审批分离); each awarded firm is told; the batch is final.</summary>
public static class ApproveBatch
{
    /// <summary>The approver opened the batch; answered as 403 by the API.</summary>
    public sealed class OwnBatchException() : DomainRuleException("不能审批自己创建的补助批次：编制人与审批人须为不同的工作人员，请由其他有审批权限的人员审批");

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier, TimeProvider clock)
    {
        /// <summary>False when the batch does not exist.</summary>
        public async Task<bool> Handle(Guid batchId, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesApprove);
            var batch = await db.SubsidyBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return false;
            }

            batch.EnsureNotApproved("重复审批");
            if (user.Id is null || batch.CreatedById == user.Id)
            {
                throw new OwnBatchException();
            }

            batch.Approve(user.Name, clock.GetUtcNow()); // refuses unless computed with the current formula; nothing is saved on a refusal

            // A declaration that landed while the batch was being computed has no award yet: compute again first.
            var declared = await db.SubsidyDeclarations.CountAsync(d => d.BatchId == batchId, ct);
            var computed = await db.SubsidyAwards.CountAsync(a => a.BatchId == batchId, ct);
            if (declared != computed)
            {
                throw new DomainRuleException($"核算后又有企业申报（申报 {declared} 家，已核算 {computed} 家），请重新核算后再审批");
            }

            var awards = await db.SubsidyAwards.AsNoTracking().Where(a => a.BatchId == batchId && a.Amount > 0).ToListAsync(ct);
            foreach (var a in awards)
            {
                notifier.NotifyEnterprise(a.EnterpriseId, "研发后补助已审批",
                    $"贵单位在“{batch.Title}”中的研发后补助 {a.Amount.ToString("0.##", CultureInfo.InvariantCulture)} 万元已审批通过，将按拨付名单拨付。计算依据：{a.Explanation}");
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("该批次已被他人修改（可能刚刚审批、重新核算或修改了公式），本次未审批。请刷新后查看");
            }

            return true;
        }
    }
}
