using System.Text.Json;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Audit.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Audit.Features;

public static class ListAuditEntries
{

    public sealed record Query(
        string? EntityType = null, string? EntityId = null, string? UserName = null, AuditAction? Action = null,
        DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50);

    public sealed record Row(long Id, DateTimeOffset At, string UserName, string EntityType, string EntityName, string EntityId, AuditAction Action, IReadOnlyList<FieldChange> Changes);

    public sealed record Page(IReadOnlyList<Row> Items, int Total);

    public sealed class Handler(AppDbContext db, CurrentUser user)
    {
        public async Task<Page> Handle(Query q, CancellationToken ct)
        {
            user.Demand(Permissions.AuditRead);

            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(q.EntityType))
            {
                entries = entries.Where(e => e.EntityType == q.EntityType);
            }

            if (!string.IsNullOrWhiteSpace(q.EntityId))
            {
                entries = entries.Where(e => e.EntityId == q.EntityId.Trim());
            }

            if (!string.IsNullOrWhiteSpace(q.UserName))
            {
                entries = entries.Where(e => e.UserName.Contains(q.UserName.Trim()));
            }

            if (q.Action is { } action)
            {
                entries = entries.Where(e => e.Action == action);
            }

            if (q.From is { } from)
            {
                var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset);
                entries = entries.Where(e => e.At >= start);
            }

            if (q.To is { } to)
            {
                var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), BeijingTime.Offset);
                entries = entries.Where(e => e.At < end);
            }

            var size = Math.Clamp(q.PageSize, 1, 200);
            var total = await entries.CountAsync(ct);
            var items = await entries.OrderByDescending(e => e.Id)
                .Skip(Paging.Skip(q.Page, size)).Take(size).ToListAsync(ct);
            return new Page(items.Select(e => new Row(
                e.Id, e.At, e.UserName, e.EntityType, AuditNames.EntityName(e.EntityType), e.EntityId, e.Action,
                JsonSerializer.Deserialize<List<FieldChange>>(e.Changes) ?? [])).ToList(), total);
        }
    }
}
