using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Audit.Domain;
using Kechuang.Web.Modules.Audit.Features;

namespace Kechuang.Web.Modules.Audit;

public static class AuditModule
{
    public static void MapAudit(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/audit", async (
                    string? entityType, string? entityId, string? userName, AuditAction? action, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    ListAuditEntries.Handler h, CancellationToken ct) =>
                TypedResults.Ok(await h.Handle(new ListAuditEntries.Query(entityType, entityId, userName, action, from, to, page ?? 1, pageSize ?? 50), ct)))
            .WithTags("审计").RequireAuthorization(Permissions.AuditRead).WithSummary("审计日志（谁、何时、对什么、改了哪些字段）");
}
