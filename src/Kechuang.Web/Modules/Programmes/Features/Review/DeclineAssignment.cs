using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Review;

/// <summary>An expert declines an assigned application with a reason; the seat is then refilled by staff with the
/// solver's suggested replacement (<see cref="SwapExpert"/>). The expert is never asked again for that application.</summary>
public static class DeclineAssignment
{
    public sealed class Command
    {
        [Required(ErrorMessage = "请选择谢绝原因")]
        public DeclineKind? Kind { get; set; }

        [Required(ErrorMessage = "请说明谢绝理由")]
        [StringLength(500, MinimumLength = 2, ErrorMessage = "谢绝理由应为 {2}–{1} 个字")]
        public string? Reason { get; set; }
    }

    public sealed class Handler(AppDbContext db, ExpertSeat seats)
    {
        public async Task<bool> Handle(Guid assignmentId, Command command, CancellationToken ct)
        {
            Validation.Throw(command);
            var seat = await seats.FindOwnAsync(assignmentId, ct);
            if (seat is null)
            {
                return false;
            }

            (await db.ReviewBatches.FirstAsync(b => b.Id == seat.BatchId, ct)).EnsureScoring();
            seat.Decline(command.Kind!.Value, command.Reason!.Trim());
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
