using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>Starts an application to a call (the firm's own) or saves the draft. Saving checks lengths and the call's
/// fields; whether everything required is there is checked at submission, so a half-written draft is never lost.</summary>
public static class SaveApplication
{
    public sealed class Handler(AppDbContext db, CurrentUser user, ApplicationAccess access, EnterpriseRegistry registry, TimeProvider clock)
    {
        public async Task<Guid?> Create(Guid callId, ApplicationForm form, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesApply);
            Validation.Throw(form);
            if (user.EnterpriseId is not { } enterpriseId)
            {
                throw new DomainRuleException("只有企业用户可以申报项目，请使用本企业的账号登录");
            }

            var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId && c.Status != CallStatus.Draft, ct);
            if (call is null)
            {
                return null;
            }

            if (call.WhyNotAccepting(BeijingTime.Today(clock)) is { } why)
            {
                throw new DomainRuleException(why);
            }

            var firm = (await registry.FindByIdsAsync([enterpriseId], ct)).Single();
            var application = new ProjectApplication
            {
                CallId = callId,
                EnterpriseId = enterpriseId,
                ApplicantName = firm.Name,
                ApplicantCreditCode = firm.CreditCode,
                Title = form.Title!.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };
            Apply(call, application, form);
            db.ProjectApplications.Add(application);
            await db.SaveChangesAsync(ct);
            return application.Id;
        }

        public async Task<bool> Update(Guid id, ApplicationForm form, CancellationToken ct)
        {
            Validation.Throw(form);
            var application = await access.FindOwnAsync(id, ct);
            if (application is null)
            {
                return false;
            }

            application.EnsureEditable();
            db.Entry(application).Property(a => a.Version).OriginalValue = form.Version;
            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, ct);
            Apply(call, application, form);
            await db.SaveChangesAsync(ct);
            return true;
        }

        private static void Apply(Call call, ProjectApplication application, ApplicationForm form)
        {
            var fields = call.Settings.Fields.ToDictionary(f => f.Key);
            var errors = new Dictionary<string, string[]>();
            foreach (var (key, value) in form.Answers)
            {
                if (!fields.TryGetValue(key, out var field))
                {
                    errors[$"answers.{key}"] = [$"该指南的申报书没有“{key}”这一项"];
                }
                else if (AnswerRules.Problem(field, value) is { } problem)
                {
                    errors[$"answers.{key}"] = [problem];
                }
            }

            if (form.RequestedAmount > call.MaxGrant)
            {
                errors["requestedAmount"] = [$"申请资助不能超过单项最高资助 {call.MaxGrant:0.##} 万元"];
            }

            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            application.Title = form.Title!.Trim();
            application.Field = form.Field?.Trim() ?? "";
            application.Keywords = form.Keywords?.Trim() ?? "";
            application.Summary = form.Summary?.Trim() ?? "";
            application.RequestedAmount = form.RequestedAmount;
            application.AnswersJson = CallSettings.Write(form.Answers
                .Where(a => !string.IsNullOrWhiteSpace(a.Value))
                .ToDictionary(a => a.Key, a => a.Value!.Trim()));
        }
    }
}
