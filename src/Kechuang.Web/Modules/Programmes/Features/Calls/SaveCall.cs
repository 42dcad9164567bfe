using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Calls;

/// <summary>Creates or edits a call. Once applications exist, the form, attachments and scoring sheet are frozen:
/// the applications were written against them.</summary>
public static class SaveCall
{
    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook rules)
    {
        public async Task<Guid?> Handle(Guid? id, CallForm form, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(form);
            if (form.EligibilityRuleSetId is { Length: > 0 } ruleSet && (await rules.PublishedAsync(ct)).All(v => v.Rules.Id != ruleSet))
            {
                throw new FieldValidationException("eligibilityRuleSetId", $"规则集 {ruleSet} 不存在或尚未发布");
            }

            Call call;
            if (id is null)
            {
                call = new Call { Title = form.Title! };
                db.Calls.Add(call);
            }
            else
            {
                var found = await db.Calls.FirstOrDefaultAsync(c => c.Id == id, ct);
                if (found is null)
                {
                    return null;
                }

                call = found;
                db.Entry(call).Property(c => c.Version).OriginalValue = form.Version;
                if (call.Status == CallStatus.Closed)
                {
                    throw new ConflictException("指南已关闭，不能修改");
                }
            }

            var before = (call.FormJson, call.AttachmentsJson, call.CriteriaJson, call.PanelSize);
            form.ApplyTo(call);
            if (id is not null && before != (call.FormJson, call.AttachmentsJson, call.CriteriaJson, call.PanelSize)
                && await db.ProjectApplications.AnyAsync(a => a.CallId == call.Id, ct))
            {
                throw new ConflictException("该指南已有申报书，申报书格式、附件要求、评分表和专家人数不能再改");
            }

            if (call.Status == CallStatus.Published && call.Settings.Problems(call) is { Count: > 0 } problems)
            {
                throw new DomainRuleException(string.Join("；", problems));
            }

            await db.SaveChangesAsync(ct);
            return call.Id;
        }
    }
}
