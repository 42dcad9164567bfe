using Kechuang.Review;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using R = Kechuang.Review.Model;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>
/// 自动分配: solves the batch (Kechuang.Review: min-cost flow with a pricing proof, ADR 010) and stores every panel
/// member with the reason they were chosen. When some application cannot be staffed, nothing is assigned and each
/// such application is named with why.
/// </summary>
public static class AssignExperts
{
    public sealed record Result(int Applications, int Assignments, long TotalAffinity, bool ProvenOptimal, long Gap, string Summary);

    public sealed class Handler(AppDbContext db, CurrentUser user, BatchProblemBuilder builder, Notifier notifier, TimeProvider clock)
    {
        public async Task<Result?> Handle(Guid batchId, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            var bp = await builder.BuildAsync(batchId, ct);
            if (bp is null)
            {
                return null;
            }

            if (bp.Batch.Status != ReviewBatchStatus.Forming)
            {
                throw new ConflictException("该批次已分配专家；如需调整请逐一更换专家");
            }

            var solved = ReviewSolver.Solve(bp.Problem, bp.Request);
            if (solved.Status == R.AssignmentStatus.Infeasible)
            {
                var lines = solved.Shortages.Select(s => Guid.TryParse(s.ApplicationId, out var id) && bp.Applications.TryGetValue(id, out var a)
                    ? $"“{a.Title}”（{a.ApplicantName}）：{s.Message}" : s.Message);
                throw new DomainRuleException($"可用专家不足，未做任何分配。以下申报书无法组成 {bp.Call.PanelSize} 人评审组：{string.Join("；", lines)}");
            }

            var now = clock.GetUtcNow();
            var count = 0;
            foreach (var panel in solved.Panels)
            {
                foreach (var member in panel.Members)
                {
                    var (_, why) = SwapAdvisor.Explain(bp.Problem, member.ExpertId, panel.ApplicationId);
                    db.ReviewAssignments.Add(new ReviewAssignment
                    {
                        BatchId = batchId,
                        ApplicationId = Guid.Parse(panel.ApplicationId),
                        ExpertId = Guid.Parse(member.ExpertId),
                        Affinity = member.Affinity,
                        Explanation = why,
                        Source = AssignmentSource.Solver,
                        AssignedAt = now,
                    });
                    count++;
                }
            }

            var s = solved.Statistics;
            var summary = solved.ProvenOptimal
                ? $"已证明最优：总匹配度 {solved.TotalAffinity}，{s.Rounds} 轮求解，核验 {s.PairsPriced} 个专家-申报书组合，用时 {s.Total.TotalMilliseconds:0} 毫秒"
                : $"未能在限定轮次内证明最优：总匹配度 {solved.TotalAffinity}，与上界相差不超过 {solved.Gap}，用时 {s.Total.TotalMilliseconds:0} 毫秒";
            var due = BeijingTime.Today(clock).AddDays(bp.Call.ReviewDays);
            bp.Batch.Assigned(solved.TotalAffinity, summary, now, due);
            foreach (var expert in solved.Panels.SelectMany(p => p.Members).Select(m => Guid.Parse(m.ExpertId)).Distinct())
            {
                if (bp.Experts[expert].UserId is { } userId)
                {
                    notifier.NotifyUser(userId, "新的评审任务", $"“{bp.Call.Title}”{bp.Batch.Name}有申报书请您评审，请于 {due:yyyy-MM-dd} 前完成评分。", "/reviews");
                }
            }

            await db.SaveChangesAsync(ct);
            return new Result(solved.Panels.Count, count, solved.TotalAffinity, solved.ProvenOptimal, solved.Gap, summary);
        }
    }
}
