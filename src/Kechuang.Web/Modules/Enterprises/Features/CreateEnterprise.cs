using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class CreateEnterprise
{
    public sealed class Handler(AppDbContext db, EnterpriseAccess access, EnterpriseChecks checks, TimeProvider clock)
    {
        public async Task<Guid> Handle(EnterpriseForm form, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesCreate);
            await checks.CheckReferencesAsync(form, ct);
            await checks.EnsureCreditCodeFreeAsync(form.CreditCode, null, ct);
            var enterprise = new Enterprise { Name = "", CreditCode = "", DistrictCode = "", CreatedAt = clock.GetUtcNow() };
            form.ApplyTo(enterprise);
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(ct);
            return enterprise.Id;
        }
    }
}
