using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>The signed-in expert's own assignments. Another expert's assignment is forbidden (403), not hidden: the
/// expert knows the id only because a link or a guess pointed there.</summary>
public sealed class ExpertSeat(AppDbContext db, CurrentUser user)
{
    public async Task<Guid?> ExpertIdAsync(CancellationToken ct)
    {
        user.Demand(Permissions.ReviewsScore);
        var userId = user.Id ?? Guid.Empty;
        return await db.Experts.Where(e => e.UserId == userId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<ReviewAssignment?> FindOwnAsync(Guid assignmentId, CancellationToken ct)
    {
        var expertId = await ExpertIdAsync(ct);
        var seat = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (seat is null)
        {
            return null;
        }

        if (seat.ExpertId != expertId)
        {
            throw new UnauthorizedAccessException("该申报书未分配给您，不能查看或评分");
        }

        return seat;
    }
}
