using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// Withdraws (撤回) a declaration under the same rules as a revision. The row goes, so the firm may declare again;
/// the audit log keeps every field it had (the attachment as size and fingerprint). The batch's awards are discarded.
/// </summary>
public static class WithdrawDeclaration
{
    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        /// <summary>False when the declaration does not exist or is not the user's to withdraw.</summary>
        public async Task<bool> Handle(Guid batchId, Guid declarationId, long version, CancellationToken ct)
        {
            SubsidyBatches.DemandDeclare(user);
            if (await ReviseDeclaration.Load(db, user, registry, batchId, declarationId, ct) is not ({ } batch, { } declaration))
            {
                return false;
            }

            SubsidyBatches.EnsureOpenFor(batch, SubsidyBatches.IsFirmUser(user), BeijingTime.Today(clock), "撤回");
            if (declaration.Version != version)
            {
                throw new ConflictException(ReviseDeclaration.ConflictMessage);
            }

            db.SubsidyDeclarations.Remove(declaration);
            batch.DeclarationsChanged("撤回申报");
            db.SubsidyAwards.RemoveRange(await db.SubsidyAwards.Where(a => a.BatchId == batchId).ToListAsync(ct));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException(ReviseDeclaration.ConflictMessage);
            }

            return true;
        }
    }
}
