using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

public static class GetRuleSetVersion
{
    public sealed record Details(
        Guid Id, string RuleSetId, string Name, string VersionLabel, RuleSetStatus Status, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
        string Citation, string Yaml, bool IsShipped, Guid? BasedOnId, long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            return await db.RuleSetVersions.AsNoTracking().Where(v => v.Id == id)
                .Select(v => new Details(v.Id, v.RuleSetId, v.Name, v.VersionLabel, v.Status, v.EffectiveFrom, v.EffectiveTo, v.Citation, v.Yaml,
                    v.IsShipped, v.BasedOnId, v.Version))
                .FirstOrDefaultAsync(ct);
        }
    }
}
