using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>Saves a draft's text after it passes every check (syntax, names, types, cycles, dates); a published version never changes.</summary>
public static class SaveDraft
{
    public sealed record Command(string Yaml, long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <returns>The new row version, or null when there is no such version.</returns>
        public async Task<long?> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var draft = await db.RuleSetVersions.FirstOrDefaultAsync(v => v.Id == id, ct);
            if (draft is null)
            {
                return null;
            }

            if (draft.Status != RuleSetStatus.Draft)
            {
                throw new DomainRuleException("已发布或已撤回的版本不能修改；请以它为基础新建草稿");
            }

            if (draft.Version != command.Version)
            {
                throw new ConflictException("该草稿已被他人修改，请刷新后重试（您的修改未保存）");
            }

            var rules = RuleText.Parse(draft.RuleSetId, command.Yaml ?? "");
            if (rules.Version != draft.VersionLabel
                && await db.RuleSetVersions.AnyAsync(v => v.RuleSetId == draft.RuleSetId && v.VersionLabel == rules.Version && v.Id != id, ct))
            {
                throw RuleText.Invalid([$"版本号 “{rules.Version}” 已被使用，请换一个"]);
            }

            draft.VersionLabel = rules.Version;
            draft.Name = rules.Name;
            draft.Citation = rules.Citation;
            draft.EffectiveFrom = rules.EffectiveFrom;
            draft.EffectiveTo = rules.EffectiveTo;
            draft.Yaml = command.Yaml!;
            await db.SaveChangesAsync(ct);
            return draft.Version;
        }
    }
}
