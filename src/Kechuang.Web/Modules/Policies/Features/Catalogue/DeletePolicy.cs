using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>Deletes a policy and its clauses; refused once any clause has been fulfilled (the record must stay).</summary>
public static class DeletePolicy
{
    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <returns>False when no such policy exists.</returns>
        public async Task<bool> Handle(Guid id, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var policy = await db.Policies.Include(p => p.Clauses).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (policy is null)
            {
                return false;
            }

            var clauseIds = policy.Clauses.Select(c => c.Id).ToList();
            if (await db.Fulfilments.AnyAsync(f => clauseIds.Contains(f.ClauseId), ct))
            {
                throw new DomainRuleException("该政策的条款已有兑现记录，不能删除；如已废止，请取消发布");
            }

            db.Policies.Remove(policy);
            await SavePolicy.SaveAsync(db, ct);
            return true;
        }
    }
}
