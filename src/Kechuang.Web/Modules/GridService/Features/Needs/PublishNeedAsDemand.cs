using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>
/// A technology need becomes a technical demand in the market (the officer adds a title and a field); the demand goes to
/// staff review like any other, and the need keeps the link. One transaction: both or neither.
/// </summary>
public static class PublishNeedAsDemand
{
    public sealed record Command(string Title, string Field, string? Keywords);

    public sealed class Handler(AppDbContext db, GridAccess access, DemandSubmission demands)
    {
        /// <returns>The demand's id, or null when the user may not see the need (404).</returns>
        public async Task<Guid?> Handle(Guid id, Command command, CancellationToken ct)
        {
            var user = access.User;
            user.Demand(Permissions.MarketDemandsPost);
            if (!user.Has(Permissions.GridVisit) && !user.Has(Permissions.GridManage))
            {
                throw new ForbiddenException("只有网格员和科技局工作人员可以把需求发布为技术需求");
            }

            var need = await (await access.VisibleNeedsAsync(ct)).FirstOrDefaultAsync(n => n.Id == id, ct);
            if (need is null)
            {
                return null;
            }

            need.CheckMayBecomeDemand();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var demandId = await demands.SubmitAsync(new DemandDraft(need.EnterpriseId, command.Title?.Trim() ?? "", need.Description, command.Field ?? "", command.Keywords ?? ""), ct);
            need.BecameDemand(demandId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return demandId;
        }
    }
}
