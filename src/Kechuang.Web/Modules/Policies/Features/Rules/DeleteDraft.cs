using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>Discards a draft; published versions stay, since results were computed with them.</summary>
public static class DeleteDraft
{
    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<bool> Handle(Guid id, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var draft = await db.RuleSetVersions.FirstOrDefaultAsync(v => v.Id == id, ct);
            if (draft is null)
            {
                return false;
            }

            if (draft.Status != RuleSetStatus.Draft)
            {
                throw new DomainRuleException("只能删除草稿；已发布的版本是既往计算结果的依据，须保留");
            }

            db.RuleSetVersions.Remove(draft);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
