using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>组批: every application of the call that passed the formal check and is not yet in a batch joins a new batch.
/// A dated call usually has one batch after closing; a call open all year gets one per review round.</summary>
public static class CreateReviewBatch
{
    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid callId, CancellationToken ct)
        {
            user.Demand(Permissions.ProgrammesManage);
            if (!await db.Calls.AnyAsync(c => c.Id == callId, ct))
            {
                return null;
            }

            var waiting = await db.ProjectApplications.Where(a => a.CallId == callId && a.Status == ApplicationStatus.Accepted && a.BatchId == null).ToListAsync(ct);
            if (waiting.Count == 0)
            {
                throw new DomainRuleException("没有待评审的申报书（须先通过形式审查）");
            }

            var number = await db.ReviewBatches.CountAsync(b => b.CallId == callId, ct) + 1;
            var batch = new ReviewBatch { CallId = callId, Number = number, CreatedAt = clock.GetUtcNow() };
            db.ReviewBatches.Add(batch);
            foreach (var application in waiting)
            {
                application.JoinBatch(batch.Id);
            }

            await db.SaveChangesAsync(ct);
            return batch.Id;
        }
    }
}
