using Kechuang.Rules.Evaluation;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>
/// 提交: before the deadline, with every required field and attachment, within the maximum grant, and passing the
/// call's eligibility rule set on today's facts. Every reason against is listed at once; nothing changes unless all
/// pass. A submission freezes a numbered revision with the attachment list.
/// </summary>
public static class SubmitApplication
{
    public sealed record Result(int Revision, string Eligibility);

    public sealed class Handler(AppDbContext db, CurrentUser user, ApplicationAccess access, RuleBook rules, EnterpriseFacts facts, TimeProvider clock)
    {
        public async Task<Result?> Handle(Guid id, long version, CancellationToken ct)
        {
            var application = await access.FindOwnAsync(id, ct);
            if (application is null)
            {
                return null;
            }

            application.EnsureEditable();
            db.Entry(application).Property(a => a.Version).OriginalValue = version;
            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
            var today = BeijingTime.Today(clock);
            if (call.WhyNotAccepting(today) is { } closed)
            {
                throw new DomainRuleException(closed);
            }

            var attachments = await db.ApplicationAttachments.AsNoTracking()
                .Where(a => a.ApplicationId == id && a.ReplacedAt == null)
                .Select(a => new { a.Id, a.RequirementKey, a.FileName, a.Size }).ToListAsync(ct);
            var missing = Completeness(call, application, attachments.Select(a => a.RequirementKey).ToHashSet());
            if (missing.Count > 0)
            {
                throw new DomainRuleException("申报书不完整，不能提交：" + string.Join("；", missing));
            }

            var eligibility = await EligibilityAsync(call, application.EnterpriseId, today, ct);
            application.Submit(clock.GetUtcNow(), eligibility);
            db.ApplicationRevisions.Add(new ApplicationRevision
            {
                ApplicationId = id,
                Number = application.Revision,
                SnapshotJson = CallSettings.Write(new
                {
                    application.Title,
                    application.Field,
                    application.Keywords,
                    application.Summary,
                    application.RequestedAmount,
                    Answers = application.AnswersJson,
                    Attachments = attachments,
                }),
                SubmittedAt = clock.GetUtcNow(),
                SubmittedBy = user.Name,
            });
            await db.SaveChangesAsync(ct);
            return new Result(application.Revision, eligibility);
        }

        private static List<string> Completeness(Call call, ProjectApplication application, HashSet<string> attached)
        {
            var answers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(application.AnswersJson) ?? [];
            var missing = call.Settings.Fields.Where(f => f.Required && string.IsNullOrWhiteSpace(answers.GetValueOrDefault(f.Key)))
                .Select(f => $"请填写“{f.Label}”").ToList();
            missing.AddRange(call.Settings.Attachments.Where(a => a.Required && !attached.Contains(a.Key)).Select(a => $"请上传“{a.Name}”"));
            if (string.IsNullOrWhiteSpace(application.Summary))
            {
                missing.Add("请填写项目摘要");
            }

            if (application.RequestedAmount <= 0)
            {
                missing.Add("请填写申请资助金额");
            }

            return missing;
        }

        /// <summary>The verdict in words with rule set and version; throws with every unmet condition when not eligible.</summary>
        private async Task<string> EligibilityAsync(Call call, Guid enterpriseId, DateOnly today, CancellationToken ct)
        {
            if (call.EligibilityRuleSetId is not { } ruleSetId)
            {
                return "本指南未设申报资格条件";
            }

            var compiled = await rules.InForceAsync(ruleSetId, today, ct)
                ?? throw new DomainRuleException($"申报资格规则 {ruleSetId} 在 {today:yyyy-MM-dd} 没有生效的版本，请联系科技局");
            var firm = await facts.LoadOneAsync(enterpriseId, today, ct) ?? throw new DomainRuleException("找不到申报企业的登记信息");
            var result = compiled.Evaluate(firm.Facts);
            var head = $"{result.RuleSetName}（{result.RuleSetId} 第 {result.Version} 版）";
            if (result.Outcome == Outcome.Passed)
            {
                return $"{head}：符合";
            }

            var reasons = result.Conditions.Where(c => c.Outcome != Outcome.Passed).Select(c => c.Explanation)
                .Concat(result.Score is { Outcome: not Outcome.Passed } s ? [s.Explanation] : [])
                .ToList();
            var verdict = result.Outcome == Outcome.Failed ? "不符合申报条件" : "资格无法确认（数据不全）";
            throw new DomainRuleException($"{head}{verdict}：{string.Join("；", reasons)}");
        }
    }
}
