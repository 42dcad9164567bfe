using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>评价办理: the firm rates the handling of its own need once, after it is closed (1–5 stars, a comment).</summary>
public static class RateNeed
{
    public sealed record Command(int Rating, string? Comment);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        /// <returns>False when it is not a need of the user's firm (404).</returns>
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.NeedsRate);
            var firm = user.EnterpriseId;
            var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id && firm != null && n.EnterpriseId == firm, ct);
            if (need is null)
            {
                return false;
            }

            if (command.Comment is { Length: > 500 })
            {
                throw new Infrastructure.Errors.FieldValidationException("comment", "评价不能超过 500 个字");
            }

            need.Rate(command.Rating, command.Comment);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
