using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Projects;

/// <summary>
/// 立项: staff pick the applications of a closed batch to fund and the grant of each. The grants, with what the call
/// has already committed, must stay within its budget, and each within the maximum grant; the rest of the batch is
/// marked not approved. Approved projects start their public notice (公示) today for the call's period.
/// </summary>
public static class ApproveProjects
{
    public sealed record Item(Guid ApplicationId, decimal Grant);

    public sealed class Command
    {
        [Required(ErrorMessage = "请选择评审批次")]
        public Guid? BatchId { get; set; }

        public List<Item> Items { get; set; } = [];
    }

    public sealed record Result(int Approved, int NotApproved, decimal Total, decimal Remaining, DateOnly PublicityTo);

    public sealed class Handler(AppDbContext db, CurrentUser user, Notifier notifier, TimeProvider clock)
    {
        public async Task<Result?> Handle(Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(command);
            var batch = await db.ReviewBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == command.BatchId, ct);
            if (batch is null)
            {
                return null;
            }

            if (batch.Status != ReviewBatchStatus.Closed)
            {
                throw new ConflictException("评审结束、排名确定后才能立项");
            }

            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == batch.CallId, ct);
            var applications = await db.ProjectApplications.Where(a => a.BatchId == batch.Id && a.Status == ApplicationStatus.Reviewed).ToListAsync(ct);
            if (applications.Count == 0)
            {
                throw new ConflictException("该批次已作出立项决定");
            }

            var errors = Check(command.Items, applications, call);
            var committed = (await db.Projects.Where(p => p.CallId == call.Id && p.Status != ProjectStatus.Revoked).Select(p => p.Grant).ToListAsync(ct)).Sum();
            var total = command.Items.Sum(i => i.Grant);
            if (committed + total > call.Budget)
            {
                errors.Add($"超出预算：本次立项 {total:0.##} 万元，已立项 {committed:0.##} 万元，合计 {committed + total:0.##} 万元，预算 {call.Budget:0.##} 万元，超出 {committed + total - call.Budget:0.##} 万元");
            }

            if (errors.Count > 0)
            {
                throw new DomainRuleException(string.Join("；", errors));
            }

            var today = BeijingTime.Today(clock);
            var publicityTo = today.AddDays(call.PublicityDays - 1);
            var sequence = await db.Projects.CountAsync(p => p.CallId == call.Id, ct);
            foreach (var application in applications.OrderBy(a => a.Rank))
            {
                var item = command.Items.FirstOrDefault(i => i.ApplicationId == application.Id);
                application.Decide(item is not null);
                if (item is null)
                {
                    notifier.NotifyEnterprise(application.EnterpriseId, "项目未获立项", $"“{application.Title}”评审得分 {application.FinalScore:0.##}，排名第 {application.Rank}，本批次未获立项。", $"/applications/{application.Id}");
                    continue;
                }

                sequence++;
                db.Projects.Add(new Project
                {
                    ApplicationId = application.Id,
                    CallId = call.Id,
                    EnterpriseId = application.EnterpriseId,
                    ProjectNo = $"KC{call.Year}-{(int)call.Type:00}-{call.Id.ToString()[..4].ToUpperInvariant()}-{sequence:000}",
                    Title = application.Title,
                    ApplicantName = application.ApplicantName,
                    ApplicantCreditCode = application.ApplicantCreditCode,
                    Grant = item.Grant,
                    LumpSum = call.LumpSum,
                    PublicityFrom = today,
                    PublicityTo = publicityTo,
                    ApprovedAt = clock.GetUtcNow(),
                    ApprovedBy = user.Name,
                });
                notifier.NotifyEnterprise(application.EnterpriseId, "项目拟立项公示", $"“{application.Title}”拟立项，资助 {item.Grant:0.##} 万元，公示至 {publicityTo:yyyy-MM-dd}。", "/projects");
            }

            await db.SaveChangesAsync(ct);
            return new Result(command.Items.Count, applications.Count - command.Items.Count, total, call.Budget - committed - total, publicityTo);
        }

        private static List<string> Check(List<Item> items, List<ProjectApplication> applications, Call call)
        {
            var errors = new List<string>();
            if (items.Count == 0)
            {
                errors.Add("请至少选择一个立项项目");
            }

            foreach (var item in items)
            {
                var a = applications.FirstOrDefault(x => x.Id == item.ApplicationId);
                if (a is null)
                {
                    errors.Add("所选申报书不在该批次或尚未评审完成");
                }
                else if (item.Grant <= 0 || item.Grant > call.MaxGrant)
                {
                    errors.Add($"“{a.Title}”的资助金额应在 0–{call.MaxGrant:0.##} 万元之间");
                }
            }

            if (items.GroupBy(i => i.ApplicationId).Any(g => g.Count() > 1))
            {
                errors.Add("同一申报书不能重复立项");
            }

            return errors;
        }
    }
}
