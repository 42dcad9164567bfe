using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Loading;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>
/// Publishes a draft. Two published versions of a rule set are never in force on the same day: an overlap is refused
/// with the version it overlaps, unless the caller asks to end the earlier open-ended version the day before.
/// </summary>
public static class PublishDraft
{
    /// <param name="ClosePrevious">End the published version that is open-ended and starts earlier on the day before this one starts.</param>
    public sealed record Command(long Version, bool ClosePrevious = false);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock, RuleBook book)
    {
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var draft = await db.RuleSetVersions.FirstOrDefaultAsync(v => v.Id == id, ct);
            if (draft is null)
            {
                return false;
            }

            if (draft.Status != RuleSetStatus.Draft)
            {
                throw new ConflictException("该版本已发布或已撤回");
            }

            if (draft.Version != command.Version)
            {
                throw new ConflictException("该草稿已被他人修改，请刷新后重试");
            }

            var rules = RuleText.Parse(draft.RuleSetId, draft.Yaml);
            try
            {
                // Every parameter must have a value on the first day in force, or the version could not be evaluated then.
                _ = CompiledRuleSet.Compile(rules, rules.EffectiveFrom);
            }
            catch (RuleSetException e)
            {
                throw RuleText.Invalid(e.Errors.Select(x => x.ToString()).ToArray());
            }

            var published = await db.RuleSetVersions.Where(v => v.RuleSetId == draft.RuleSetId && v.Status == RuleSetStatus.Published).ToListAsync(ct);
            foreach (var other in published.Where(v => v.Overlaps(draft.EffectiveFrom, draft.EffectiveTo)))
            {
                if (command.ClosePrevious && other.EffectiveTo is null && other.EffectiveFrom < draft.EffectiveFrom)
                {
                    other.EffectiveTo = draft.EffectiveFrom.AddDays(-1);
                    continue;
                }

                throw new ConflictException(
                    $"有效期与已发布的版本 {other.VersionLabel}（{other.EffectiveFrom:yyyy-MM-dd} 至 {(other.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd") : "长期")}）重叠；" +
                    "请调整生效日期，或选择“将前一版本截止到新版本生效前一日”");
            }

            draft.Status = RuleSetStatus.Published;
            draft.PublishedAt = clock.GetUtcNow();
            draft.PublishedBy = user.Name;
            await db.SaveChangesAsync(ct);
            book.Forget();
            return true;
        }
    }
}
