using System.ComponentModel.DataAnnotations;
using Kechuang.Review;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using R = Kechuang.Review.Model;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>
/// Staff change a panel by hand: replace a current member who has not scored yet, or fill the seat of one who
/// declined. The change is checked against the same rules as the solver (回避, one per unit, load, required kind) and
/// refused with every problem when it breaks one; the audit log keeps who changed what.
/// </summary>
public static class SwapExpert
{
    public sealed class Command
    {
        /// <summary>The seat to change: a current (unscored) or a declined assignment.</summary>
        [Required(ErrorMessage = "请选择要更换的评审任务")]
        public Guid? AssignmentId { get; set; }

        /// <summary>The expert to put in; empty = the solver's suggestion.</summary>
        public Guid? ExpertId { get; set; }
    }

    public sealed record Result(Guid AssignmentId, string ExpertName, int Affinity, string Explanation);

    public sealed class Handler(AppDbContext db, CurrentUser user, BatchProblemBuilder builder, Notifier notifier, TimeProvider clock)
    {
        public async Task<Result?> Handle(Guid batchId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            Validation.Throw(command);
            var bp = await builder.BuildAsync(batchId, ct);
            var seat = bp is null ? null : await db.ReviewAssignments.FindAsync([command.AssignmentId!.Value], ct);
            if (bp is null || seat is null || seat.BatchId != batchId)
            {
                return null;
            }

            bp.Batch.EnsureScoring();
            var applicationId = seat.ApplicationId.ToString();
            var outgoing = seat.ExpertId.ToString();

            // A declined member is out of the panel already; put them back for the check so the swap is "their seat".
            var panels = bp.Panels.ToList();
            if (!seat.IsActive)
            {
                var i = panels.FindIndex(p => p.ApplicationId == applicationId);
                var members = (i >= 0 ? panels[i].Members : []).Append(new R.PanelMember(outgoing, seat.Affinity)).ToList();
                var panel = new R.Panel(applicationId, members);
                if (i >= 0)
                {
                    panels[i] = panel;
                }
                else
                {
                    panels.Add(panel);
                }
            }

            string incoming;
            if (command.ExpertId is { } chosen)
            {
                if (!bp.Experts.ContainsKey(chosen))
                {
                    throw new FieldValidationException("expertId", "该专家不可用（不在库、已停用或超过年龄上限）");
                }

                incoming = chosen.ToString();
                var verdict = SwapAdvisor.Check(bp.Problem, bp.Request, panels, applicationId, outgoing, incoming);
                if (!verdict.Allowed)
                {
                    throw new DomainRuleException("不能这样更换：" + string.Join("；", verdict.Problems.Select(p => Readable(bp, p))));
                }
            }
            else
            {
                incoming = SwapAdvisor.SuggestReplacement(bp.Problem, bp.Request, panels, applicationId, outgoing)?.ExpertId
                    ?? throw new DomainRuleException("没有符合回避、单位和工作量要求的替补专家");
            }

            if (seat.IsActive)
            {
                seat.Remove();
            }

            var (affinity, why) = SwapAdvisor.Explain(bp.Problem, incoming, applicationId);
            var assignment = new ReviewAssignment
            {
                BatchId = batchId,
                ApplicationId = seat.ApplicationId,
                ExpertId = Guid.Parse(incoming),
                Affinity = affinity,
                Explanation = why,
                Source = seat.Status == AssignmentState.Declined ? AssignmentSource.Replacement : AssignmentSource.Manual,
                AssignedAt = clock.GetUtcNow(),
            };
            db.ReviewAssignments.Add(assignment);
            bp.Batch.AffinityChanged(affinity - seat.Affinity);
            var expert = bp.Experts[assignment.ExpertId];
            if (expert.UserId is { } userId)
            {
                notifier.NotifyUser(userId, "新的评审任务", $"“{bp.Call.Title}”有一份申报书请您评审，请于 {bp.Batch.DueOn:yyyy-MM-dd} 前完成评分。", "/reviews");
            }

            await db.SaveChangesAsync(ct);
            return new Result(assignment.Id, expert.Name, affinity, why);
        }

        /// <summary>The checker speaks in ids; people read names.</summary>
        private static string Readable(BatchProblem bp, string message)
        {
            foreach (var (id, e) in bp.Experts)
            {
                message = message.Replace(id.ToString(), e.Name, StringComparison.Ordinal);
            }

            foreach (var (id, a) in bp.Applications)
            {
                message = message.Replace(id.ToString(), $"“{a.Title}”", StringComparison.Ordinal);
            }

            return message;
        }
    }
}
