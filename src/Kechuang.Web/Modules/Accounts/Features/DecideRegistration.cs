using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Features;

/// <summary>Staff approve a firm's registration (linking or creating its enterprise) or reject it with a reason.</summary>
public static class DecideRegistration
{
    public sealed record Row(
        Guid Id, string EnterpriseName, string CreditCode, string DistrictCode, string ContactPerson, string ContactPhone,
        string UserName, DateTimeOffset SubmittedAt, RegistrationStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt,
        string? RejectionReason, bool AlreadyInRegistry);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, TimeProvider clock)
    {
        public async Task<List<Row>> ListAsync(RegistrationStatus? status, CancellationToken ct)
        {
            user.Demand(Permissions.RegistrationsApprove);
            var rows = await db.EnterpriseRegistrations.AsNoTracking()
                .Where(r => status == null || r.Status == status)
                .OrderByDescending(r => r.SubmittedAt).Take(500)
                .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u.UserName })
                .ToListAsync(ct);
            var known = await registry.ExistingCreditCodesAsync(rows.Select(x => x.r.CreditCode).ToList(), ct);
            return rows.Select(x => new Row(
                x.r.Id, x.r.EnterpriseName, x.r.CreditCode, x.r.DistrictCode, x.r.ContactPerson, x.r.ContactPhone, x.UserName ?? "",
                x.r.SubmittedAt, x.r.Status, x.r.DecidedBy, x.r.DecidedAt, x.r.RejectionReason, known.Contains(x.r.CreditCode))).ToList();
        }

        public async Task<bool> ApproveAsync(Guid id, CancellationToken ct)
        {
            user.Demand(Permissions.RegistrationsApprove);
            var registration = await db.EnterpriseRegistrations.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (registration is null)
            {
                return false;
            }

            var account = await db.Users.FirstAsync(u => u.Id == registration.UserId, ct);
            var enterpriseId = (await registry.FindByCreditCodeAsync(registration.CreditCode, ct))?.Id
                ?? registry.AddFromRegistration(registration.EnterpriseName, registration.CreditCode, registration.DistrictCode, registration.ContactPerson, registration.ContactPhone);
            registration.Approve(enterpriseId, user.Name, clock.GetUtcNow());
            account.EnterpriseId = enterpriseId;
            account.Status = AccountStatus.Active;
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> RejectAsync(Guid id, string reason, CancellationToken ct)
        {
            user.Demand(Permissions.RegistrationsApprove);
            var registration = await db.EnterpriseRegistrations.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (registration is null)
            {
                return false;
            }

            registration.Reject(reason, user.Name, clock.GetUtcNow());
            var account = await db.Users.FirstAsync(u => u.Id == registration.UserId, ct);
            account.Status = AccountStatus.Rejected;
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
