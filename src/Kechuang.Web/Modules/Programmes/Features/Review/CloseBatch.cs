using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>结束评审: once every panel member has scored, each application's result is computed (mean, dropping the
/// highest and lowest when the panel is large enough), the batch is ranked, and scores become visible.</summary>
public static class CloseBatch
{
    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid batchId, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            var batch = await db.ReviewBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return false;
            }

            batch.EnsureScoring();
            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == batch.CallId, ct);
            var applications = await db.ProjectApplications.Where(a => a.BatchId == batchId).ToListAsync(ct);
            var active = await db.ReviewAssignments.AsNoTracking()
                .Where(a => a.BatchId == batchId && (a.Status == AssignmentState.Assigned || a.Status == AssignmentState.Scored)).ToListAsync(ct);
            var unscored = active.Count(a => a.Status == AssignmentState.Assigned);
            var shortPanels = applications.Count(a => active.Count(x => x.ApplicationId == a.Id) < call.PanelSize);
            if (unscored > 0 || shortPanels > 0)
            {
                throw new DomainRuleException($"还不能结束评审：{unscored} 个评审任务未评分，{shortPanels} 份申报书的评审组不足 {call.PanelSize} 人（有专家谢绝后尚未替补）");
            }

            var results = applications.Select(a => (Application: a, Result: PanelScore.Combine(
                    active.Where(x => x.ApplicationId == a.Id).Select(x => x.Total!.Value).ToList(), call.DropExtremesFrom)))
                .OrderByDescending(r => r.Result.Score).ThenBy(r => r.Application.SubmittedAt).ToList();
            for (var i = 0; i < results.Count; i++)
            {
                results[i].Application.RecordResult(results[i].Result.Score, results[i].Result.Explanation, i + 1);
            }

            batch.Close(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
