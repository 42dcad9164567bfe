using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Services;

/// <summary>The service offers the user manages (their own, or all for staff), newest first, filtered by words and by state.</summary>
public static class ListServiceOffers
{
    public sealed record Query(string? Text = null, bool? Published = null, int Page = 1, int PageSize = 20);

    public sealed record Row(Guid Id, string Title, string ProviderName, string Kind, string Field, string? PriceGuidance, bool IsPublished, DateTimeOffset CreatedAt);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public sealed class Handler(MarketAccess access)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var offers = access.ManagedServices().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(q.Text))
            {
                var text = q.Text.Trim();
                offers = offers.Where(s => s.Title.Contains(text) || s.ProviderName.Contains(text));
            }

            if (q.Published is { } published)
            {
                offers = offers.Where(s => s.IsPublished == published);
            }

            var pageSize = Math.Clamp(q.PageSize, 1, 100);
            var page = Math.Max(1, q.Page);
            var total = await offers.CountAsync(ct);
            var rows = await offers.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
            return new Result(rows.Select(s => new Row(s.Id, s.Title, s.ProviderName, MarketTerms.Name(s.Kind), s.Field, s.PriceGuidance, s.IsPublished, s.CreatedAt)).ToList(),
                total, page, pageSize);
        }
    }
}
