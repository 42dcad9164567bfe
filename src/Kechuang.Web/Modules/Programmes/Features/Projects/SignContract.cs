using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>签订任务书: after the public notice, staff record the contract's period, the mid-term check date and how the
/// project ends (验收, or 综合绩效评价 — the default for 包干制). The project is then 执行中.</summary>
public static class SignContract
{
    public sealed class Command
    {
        [Required(ErrorMessage = "请填写开始日期")]
        public DateOnly? StartsOn { get; set; }

        [Required(ErrorMessage = "请填写结束日期")]
        public DateOnly? EndsOn { get; set; }

        [Required(ErrorMessage = "请填写中期检查日期")]
        public DateOnly? MidTermDueOn { get; set; }

        public EvaluationMode? Mode { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, ProjectAccess access, Notifier notifier)
    {
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(command);
            var project = await access.FindAsync(id, ct);
            if (project is null)
            {
                return false;
            }

            var mode = command.Mode ?? (project.LumpSum ? EvaluationMode.PerformanceEvaluation : EvaluationMode.Acceptance);
            project.SignContract(command.StartsOn!.Value, command.EndsOn!.Value, command.MidTermDueOn!.Value, mode);
            notifier.NotifyEnterprise(project.EnterpriseId, "项目任务书已签订",
                $"“{project.Title}”（{project.ProjectNo}）执行期 {project.StartsOn:yyyy-MM-dd} 至 {project.EndsOn:yyyy-MM-dd}，请于 {project.MidTermDueOn:yyyy-MM-dd} 前提交中期报告。",
                $"/projects/{project.Id}");
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
