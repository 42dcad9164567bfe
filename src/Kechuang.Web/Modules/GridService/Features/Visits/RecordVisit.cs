using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.GridService.Features.Needs;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Visits;

/// <summary>
/// 记录走访: a grid officer records a visit to a firm of their grids, with photos and the needs found; each need is
/// routed with its deadline and its handlers are told. All or nothing. The same draft sent again (a phone that lost the
/// connection mid-send) answers with the visit already recorded, never a second one.
/// </summary>
public static class RecordVisit
{
    public const int MaxPhotos = 6;
    public const long MaxPhotoBytes = 5 * 1024 * 1024;
    private static readonly string[] PhotoExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    public sealed record RoutedNeed(Guid Id, string Category, string HandlerName, DateOnly DueOn, string DueRule);

    public sealed record Result(Guid VisitId, bool Duplicate, IReadOnlyList<RoutedNeed> Needs);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts firms, NeedRouting routing, UserDirectory users, Notifier notifier, TimeProvider clock)
    {
        public async Task<Result> Handle(VisitForm form, IReadOnlyList<PhotoUpload> photos, CancellationToken ct)
        {
            user.Demand(Permissions.GridVisit);
            Validation.Throw(form);
            if (await ExistingAsync(form.DraftId, ct) is { } already)
            {
                return already;
            }

            var today = BeijingTime.Today(clock);
            if (form.VisitedOn > today)
            {
                throw new FieldValidationException("visitedOn", "走访日期不能晚于今天");
            }

            if (form.VisitedOn < today.AddYears(-1))
            {
                throw new FieldValidationException("visitedOn", "走访日期不能早于一年前");
            }

            CheckPhotos(photos);
            // The registry's data scope decides: an officer sees only the firms of their grids.
            var firm = await firms.LoadOneAsync(form.EnterpriseId, today, ct)
                ?? throw new ForbiddenException("只能走访本人网格内的企业");

            var visit = new Visit
            {
                DraftId = form.DraftId,
                EnterpriseId = firm.Id,
                EnterpriseName = firm.Name,
                GridId = firm.GridId,
                OfficerUserId = user.Id!.Value,
                OfficerName = user.Name,
                VisitedOn = form.VisitedOn,
                Kind = form.Kind,
                PeopleMet = form.PeopleMet.Trim(),
                Notes = form.Notes.Trim(),
                RecordedAt = clock.GetUtcNow(),
            };
            visit.Photos.AddRange(photos.Select(p => new VisitPhoto
            {
                VisitId = visit.Id,
                FileName = Path.GetFileName(p.FileName),
                ContentType = p.ContentType,
                Size = p.Content.Length,
                Content = p.Content,
            }));
            db.Visits.Add(visit);

            var routed = new List<RoutedNeed>();
            var handlersOf = new Dictionary<(Guid?, Guid?), List<Guid>>(); // needs of one visit often go to the same department
            for (var i = 0; i < form.Needs.Count; i++)
            {
                var input = form.Needs[i];
                var route = await routing.RouteAsync(input.Category, input.DepartmentId, input.UnitId, today, $"needs[{i}].handler", ct);
                var need = new Need
                {
                    VisitId = visit.Id,
                    EnterpriseId = firm.Id,
                    EnterpriseName = firm.Name,
                    GridId = firm.GridId,
                    OfficerUserId = user.Id,
                    Category = input.Category,
                    Description = input.Description.Trim(),
                    Urgency = input.Urgency,
                    HandlerName = route.HandlerName,
                    RaisedOn = today,
                };
                need.RouteTo(route.DepartmentId, route.UnitId, route.HandlerName, route.DueOn, route.DueRule, user.Name, visit.RecordedAt);
                db.Needs.Add(need);
                routed.Add(new RoutedNeed(need.Id, GridTerms.Name(need.Category), route.HandlerName, route.DueOn, route.DueRule));
                if (!handlersOf.TryGetValue((route.DepartmentId, route.UnitId), out var handlers))
                {
                    handlers = await users.MembersHoldingAsync(route.DepartmentId, route.UnitId, Permissions.NeedsHandle, ct);
                    handlersOf[(route.DepartmentId, route.UnitId)] = handlers;
                }

                foreach (var handler in handlers)
                {
                    notifier.NotifyUser(handler, $"新的企业需求：{firm.Name}",
                        $"{GridTerms.Name(need.Category)}类（{GridTerms.Name(need.Urgency)}）：{need.Description}。请于 {route.DueOn:yyyy-MM-dd} 前办结。", $"/needs/{need.Id}");
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (ProblemExceptionHandler.IsUniqueViolation(e))
            {
                // The same draft arrived twice at once and the other request saved first: answer with its visit.
                db.ChangeTracker.Clear();
                return await ExistingAsync(form.DraftId, ct) ?? throw new ConflictException("走访记录重复提交，请刷新后查看");
            }

            return new Result(visit.Id, false, routed);
        }

        private async Task<Result?> ExistingAsync(Guid draftId, CancellationToken ct)
        {
            var visit = await db.Visits.AsNoTracking().Where(v => v.DraftId == draftId).Select(v => new { v.Id, v.OfficerUserId }).FirstOrDefaultAsync(ct);
            if (visit is null)
            {
                return null;
            }

            if (visit.OfficerUserId != user.Id)
            {
                throw new ConflictException("该草稿编号已被使用");
            }

            var needs = await db.Needs.AsNoTracking().Where(n => n.VisitId == visit.Id).OrderBy(n => n.RaisedOn).ToListAsync(ct);
            return new Result(visit.Id, true, needs.Select(n => new RoutedNeed(n.Id, GridTerms.Name(n.Category), n.HandlerName, n.DueOn, n.DueRule)).ToList());
        }

        private static void CheckPhotos(IReadOnlyList<PhotoUpload> photos)
        {
            if (photos.Count > MaxPhotos)
            {
                throw new FieldValidationException("photos", $"每次走访最多上传 {MaxPhotos} 张照片");
            }

            foreach (var p in photos)
            {
                var extension = Path.GetExtension(p.FileName).ToLowerInvariant();
                if (!PhotoExtensions.Contains(extension) || !FileSignature.Matches(extension, p.Content))
                {
                    throw new FieldValidationException("photos", $"“{p.FileName}”不是照片：只接受 JPG、PNG、WebP 图片");
                }

                if (p.Content.Length > MaxPhotoBytes)
                {
                    throw new FieldValidationException("photos", $"“{p.FileName}”超过 5 MB，请压缩后再传");
                }

                if (p.Content.Length == 0)
                {
                    throw new FieldValidationException("photos", $"“{p.FileName}”是空文件");
                }
            }
        }
    }
}
