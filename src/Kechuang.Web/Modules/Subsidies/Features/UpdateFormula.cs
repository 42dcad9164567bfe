using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>Changes a batch's formula until it is approved; each change is a new formula version and makes computed awards stale.</summary>
public static class UpdateFormula
{
    public sealed class Request : FormulaForm
    {
        /// <summary>The batch's row version as read; a second editor gets 409.</summary>
        public long Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <summary>The new formula version, or null when the batch does not exist.</summary>
        public async Task<int?> Handle(Guid batchId, Request r, CancellationToken ct)
        {
            user.Demand(Permissions.SubsidiesManage);
            Validation.Throw(r);
            var batch = await db.SubsidyBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return null;
            }

            batch.EnsureNotApproved("修改补助公式");
            if (batch.Version != r.Version)
            {
                throw new ConflictException("该批次已被他人修改，请刷新后重试（您的修改未保存）");
            }

            r.ApplyTo(batch);
            batch.FormulaChanged();
            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("该批次已被他人修改，请刷新后重试（您的修改未保存）");
            }

            return batch.FormulaVersion;
        }
    }
}
