using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>Who sees which contracts: staff who manage registration see all; a firm's users see the contracts their firm
/// sells; anyone else none. A contract outside that is "not found", for pages and API alike.</summary>
public sealed class TechContractAccess(AppDbContext db, CurrentUser user)
{
    public bool IsStaff => user.Has(Permissions.TechContractsManage);

    public IQueryable<TechContract> Visible()
    {
        if (IsStaff)
        {
            return db.TechContracts;
        }

        return user.Has(Permissions.TechContractsRegister) && user.EnterpriseId is { } own
            ? db.TechContracts.Where(c => c.SellerEnterpriseId == own)
            : db.TechContracts.Where(c => false);
    }

    /// <summary>The contract for the seller (or staff on its behalf) to change, or null when not theirs.</summary>
    public Task<TechContract?> FindOwnAsync(Guid id, CancellationToken ct)
    {
        if (!IsStaff)
        {
            user.Demand(Permissions.TechContractsRegister);
        }

        return Visible().FirstOrDefaultAsync(c => c.Id == id, ct);
    }
}
