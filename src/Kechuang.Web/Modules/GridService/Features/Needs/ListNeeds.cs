using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.GridService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>The needs the user may see (see <see cref="GridAccess"/>), filtered, overdue first, then by deadline.</summary>
public static class ListNeeds
{
    public sealed record Query(NeedStatus? Status = null, NeedCategory? Category = null, bool? Overdue = null, string? Text = null, int Page = 1, int PageSize = 20);

    public sealed record Row(Guid Id, string EnterpriseName, NeedCategory Category, string CategoryName, string Description, string Urgency, NeedStatus Status, string StatusName,
        string HandlerName, DateOnly RaisedOn, DateOnly DueOn, bool Overdue, int? Rating);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public sealed class Handler(GridAccess access, TimeProvider clock)
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var today = BeijingTime.Today(clock);
            var needs = (await access.VisibleNeedsAsync(ct)).AsNoTracking();
            if (q.Status is { } status)
            {
                needs = needs.Where(n => n.Status == status);
            }

            if (q.Category is { } category)
            {
                needs = needs.Where(n => n.Category == category);
            }

            if (q.Overdue is true)
            {
                needs = needs.Where(n => (n.Status == NeedStatus.Accepted || n.Status == NeedStatus.InProgress) && n.DueOn < today);
            }

            if (!string.IsNullOrWhiteSpace(q.Text))
            {
                var text = q.Text.Trim();
                needs = needs.Where(n => n.EnterpriseName.Contains(text) || n.Description.Contains(text));
            }

            var pageSize = Math.Clamp(q.PageSize, 1, 100);
            var page = Math.Max(1, q.Page);
            var total = await needs.CountAsync(ct);
            var rows = await needs
                .OrderBy(n => n.Status == NeedStatus.Accepted || n.Status == NeedStatus.InProgress ? 0 : 1).ThenBy(n => n.DueOn).ThenBy(n => n.Id)
                .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
            return new Result(rows.Select(n => new Row(n.Id, n.EnterpriseName, n.Category, GridTerms.Name(n.Category), n.Description, GridTerms.Name(n.Urgency), n.Status,
                GridTerms.Name(n.Status), n.HandlerName, n.RaisedOn, n.DueOn, n.IsOverdueOn(today), n.Rating)).ToList(), total, page, pageSize);
        }
    }
}
