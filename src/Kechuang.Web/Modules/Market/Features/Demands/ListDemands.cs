using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Demands;

/// <summary>Demands the user manages (own firm, own grids, or all for staff), newest first, by status.</summary>
public static class ListDemands
{
    public sealed record Query(DemandStatus? Status = null, int Page = 1, int PageSize = 20);

    public sealed record Row(Guid Id, string Title, string EnterpriseName, string Field, DemandStatus Status, string StatusName, bool IsPublic,
        decimal? BudgetMin, decimal? BudgetMax, DateOnly? Deadline, string PostedBy, DateTimeOffset CreatedAt, string? ReturnReason);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public sealed class Handler(MarketAccess access)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var demands = (await access.ManagedDemandsAsync(ct)).AsNoTracking();
            if (q.Status is { } status)
            {
                demands = demands.Where(d => d.Status == status);
            }

            var pageSize = Math.Clamp(q.PageSize, 1, 100);
            var page = Math.Max(1, q.Page);
            var total = await demands.CountAsync(ct);
            var rows = await demands.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
            return new Result(rows.Select(d => new Row(d.Id, d.Title, d.EnterpriseName, d.Field, d.Status, MarketTerms.Name(d.Status), d.IsPublic,
                d.BudgetMin, d.BudgetMax, d.Deadline, d.PostedBy, d.CreatedAt, d.ReturnReason)).ToList(), total, page, pageSize);
        }
    }
}
