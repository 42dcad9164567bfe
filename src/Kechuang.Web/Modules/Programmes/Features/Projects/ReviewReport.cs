using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>Staff give the conclusion on a report: the mid-term check, or the final 验收 / 综合绩效评价, which concludes
/// the project (通过 or 不通过) — a concluded project can then be archived.</summary>
public static class ReviewReport
{
    public sealed class Command
    {
        public bool Passed { get; set; }

        [Required(ErrorMessage = "请填写结论意见")]
        [StringLength(2000, MinimumLength = 4, ErrorMessage = "结论意见应为 {2}–{1} 字")]
        public string? Conclusion { get; set; }
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, ProjectAccess access, Notifier notifier, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid projectId, Guid reportId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(command);
            var project = await access.FindAsync(projectId, ct);
            var report = await db.ProjectReports.FirstOrDefaultAsync(r => r.Id == reportId && r.ProjectId == projectId, ct);
            if (project is null || report is null)
            {
                return false;
            }

            if (report.Passed is not null)
            {
                throw new ConflictException("该报告已有结论");
            }

            var conclusion = command.Conclusion!.Trim();
            if (report.Kind == ReportKind.Final)
            {
                project.Conclude(command.Passed, conclusion);
            }
            else
            {
                project.EnsureInProgress("作出中期检查结论");
            }

            report.Passed = command.Passed;
            report.Conclusion = conclusion;
            report.ReviewedBy = user.Name;
            report.ReviewedAt = clock.GetUtcNow();
            var what = report.Kind == ReportKind.Final ? ProjectStatuses.Name(project.EvaluationMode) : "中期检查";
            notifier.NotifyEnterprise(project.EnterpriseId, $"{what}结论：{(command.Passed ? "通过" : "不通过")}", $"“{project.Title}”{what}{(command.Passed ? "通过" : "未通过")}：{conclusion}", $"/projects/{project.Id}");
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
