using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class UpdateEnterprise
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access, EnterpriseChecks checks)
    {
        /// <returns>The new version, or null when the enterprise is not visible to the user.</returns>
        public async Task<long?> Handle(Guid id, EnterpriseForm form, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesEdit);
            var enterprise = await (await access.VisibleAsync(ct)).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise is null)
            {
                return null;
            }

            // Only staff may move a firm or change its identity; a firm or grid officer edits the rest.
            if (!access.User.Has(Permissions.EnterprisesCreate)
                && (CreditCode.Normalise(form.CreditCode) != enterprise.CreditCode || form.DistrictCode != enterprise.DistrictCode || form.GridId != enterprise.GridId))
            {
                throw new DomainRuleException("统一社会信用代码、所在区县和网格只能由科技局工作人员修改");
            }

            await checks.CheckReferencesAsync(form, ct);
            await checks.EnsureCreditCodeFreeAsync(form.CreditCode, id, ct);
            db.Entry(enterprise).Property(e => e.Version).OriginalValue = form.Version;
            form.ApplyTo(enterprise);
            await SaveChecked(db, ct);
            return enterprise.Version;
        }
    }

    /// <summary>Saves, turning "someone else saved first" into a clear conflict.</summary>
    public static async Task SaveChecked(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ProblemExceptionHandler.ConcurrencyMessage);
        }
    }
}
