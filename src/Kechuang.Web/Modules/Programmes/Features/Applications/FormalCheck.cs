using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>形式审查: staff accept the submitted revision, or return it with the reasons for the applicant to revise and
/// resubmit. The outcome is written on the revision, and the firm is notified.</summary>
public static class FormalCheck
{
    public sealed class Command : IValidatableObject
    {
        public bool Accept { get; set; }

        [StringLength(1000, ErrorMessage = "退回理由不能超过 {1} 个字")]
        public string? Reason { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!Accept && (Reason?.Trim().Length ?? 0) < 4)
            {
                yield return new ValidationResult("退回修改须写明理由（至少 4 个字）", [nameof(Reason)]);
            }
        }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(command);
            var application = await db.ProjectApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (application is null)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            var revision = await db.ApplicationRevisions.FirstAsync(r => r.ApplicationId == id && r.Number == application.Revision, ct);
            if (command.Accept)
            {
                application.Accept(user.Name, now);
                revision.Outcome = "形式审查通过";
                notifier.NotifyEnterprise(application.EnterpriseId, "申报书通过形式审查", $"“{application.Title}”已通过形式审查，进入专家评审。", $"/applications/{id}");
            }
            else
            {
                var reason = command.Reason!.Trim();
                application.Return(reason, user.Name, now);
                revision.Outcome = "退回修改：" + reason;
                notifier.NotifyEnterprise(application.EnterpriseId, "申报书被退回修改", $"“{application.Title}”退回修改：{reason}。请修改后重新提交。", $"/applications/{id}");
            }

            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
