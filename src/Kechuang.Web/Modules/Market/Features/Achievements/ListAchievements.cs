using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Achievements;

/// <summary>The achievements the user manages (their own, or all for staff), newest first, filtered by words in the title and by state.</summary>
public static class ListAchievements
{
    public sealed record Query(string? Text = null, bool? Published = null, int Page = 1, int PageSize = 20);

    public sealed record Row(Guid Id, string Title, string OwnerName, string OwnerKind, string Field, string Maturity, string TransferMode,
        string? PriceGuidance, bool IsPublished, DateTimeOffset CreatedAt);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public sealed class Handler(MarketAccess access)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var achievements = access.ManagedAchievements().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(q.Text))
            {
                var text = q.Text.Trim();
                achievements = achievements.Where(a => a.Title.Contains(text) || a.OwnerName.Contains(text));
            }

            if (q.Published is { } published)
            {
                achievements = achievements.Where(a => a.IsPublished == published);
            }

            var pageSize = Math.Clamp(q.PageSize, 1, 100);
            var page = Math.Max(1, q.Page);
            var total = await achievements.CountAsync(ct);
            var rows = await achievements.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
            return new Result(rows.Select(a => new Row(a.Id, a.Title, a.OwnerName, MarketTerms.Name(a.OwnerKind), a.Field, MarketTerms.Name(a.Maturity),
                MarketTerms.Name(a.TransferMode), a.PriceGuidance, a.IsPublished, a.CreatedAt)).ToList(), total, page, pageSize);
        }
    }
}
