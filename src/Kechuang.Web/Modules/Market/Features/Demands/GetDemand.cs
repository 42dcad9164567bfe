using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Demands;

/// <summary>One demand: published public ones for everyone; others for their firm, its grid officer and staff.</summary>
public static class GetDemand
{
    public sealed record Details(Guid Id, Guid EnterpriseId, string EnterpriseName, string DistrictCode, string Title, string Description, string Field,
        string Keywords, decimal? BudgetMin, decimal? BudgetMax, DateOnly? Deadline, bool IsPublic, DemandStatus Status, string StatusName,
        string? ReturnReason, string PostedBy, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, long Version, bool MayManage, bool MayReview);

    public sealed class Handler(MarketAccess access)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var d = await (await access.VisibleDemandsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (d is null)
            {
                return null;
            }

            var mayManage = await (await access.ManagedDemandsAsync(ct)).AnyAsync(x => x.Id == id, ct);
            return new Details(d.Id, d.EnterpriseId, d.EnterpriseName, d.DistrictCode, d.Title, d.Description, d.Field, d.Keywords, d.BudgetMin, d.BudgetMax,
                d.Deadline, d.IsPublic, d.Status, MarketTerms.Name(d.Status), mayManage ? d.ReturnReason : null, d.PostedBy, d.CreatedAt, d.PublishedAt,
                d.Version, mayManage, access.User.Has(Permissions.MarketManage));
        }
    }
}
