using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// Corrects a declaration: a firm's users their own firm's, before the deadline; staff any, until the batch is approved.
/// The computed awards of the batch are discarded (the batch must be computed again). Audited field by field.
/// </summary>
public static class ReviseDeclaration
{
    public const string ConflictMessage = "该申报已被他人修改或撤回，请刷新后重试（您的修改未保存）";

    public sealed class Request : DeclarationFigures
    {
        /// <summary>The declaration's version as read; a second editor gets 409.</summary>
        public long Version { get; set; }

        protected override bool AttachmentRequired => false;
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        /// <summary>The declaration's new version, or null when it does not exist or is not the user's to change.</summary>
        public async Task<long?> Handle(Guid batchId, Guid declarationId, Request r, CancellationToken ct)
        {
            SubsidyBatches.DemandDeclare(user);
            Validation.Throw(r);
            if (await Load(db, user, registry, batchId, declarationId, ct) is not ({ } batch, { } declaration))
            {
                return null;
            }

            SubsidyBatches.EnsureOpenFor(batch, SubsidyBatches.IsFirmUser(user), BeijingTime.Today(clock), "修改");
            if (declaration.Version != r.Version)
            {
                throw new ConflictException(ConflictMessage);
            }

            declaration.Revise(r.RdExpense, r.PreviousRdExpense, r.SuperDeductionAmount, r.Revenue, r.TaxPaid, r.StoredAttachmentName, r.AttachmentContent, user.Name, clock.GetUtcNow());
            batch.DeclarationsChanged("修改申报");
            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException(ConflictMessage);
            }

            return declaration.Version;
        }
    }

    /// <summary>
    /// The batch and the declaration, tracked; null when either is missing, the declaration is another firm's (for a
    /// firm's user), or the firm is outside the user's data scope.
    /// </summary>
    internal static async Task<(SubsidyBatch Batch, SubsidyDeclaration Declaration)?> Load(AppDbContext db, CurrentUser user, EnterpriseRegistry registry,
        Guid batchId, Guid declarationId, CancellationToken ct)
    {
        var declaration = await db.SubsidyDeclarations.FirstOrDefaultAsync(d => d.Id == declarationId && d.BatchId == batchId, ct);
        if (declaration is null || (SubsidyBatches.IsFirmUser(user) && declaration.EnterpriseId != user.EnterpriseId)
            || (await registry.FindVisibleByIdsAsync([declaration.EnterpriseId], ct)).Count == 0)
        {
            return null;
        }

        var batch = await db.SubsidyBatches.FirstAsync(b => b.Id == batchId, ct);
        return (batch, declaration);
    }
}
