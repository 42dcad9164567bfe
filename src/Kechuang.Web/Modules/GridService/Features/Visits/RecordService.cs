using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Programmes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Visits;

/// <summary>
/// 记录服务: a training on 研发投入归集, help with an application (the call is named) or a policy briefing, with the firms
/// of the officer's grids that took part and how many people each sent.
/// </summary>
public static class RecordService
{
    public sealed record Attendee(Guid EnterpriseId, int People);

    public sealed record Command(SupportKind Kind, DateOnly HeldOn, string Topic, string? Place, Guid? CallId, IReadOnlyList<Attendee> Attendees);

    public sealed record Row(Guid Id, string Kind, DateOnly HeldOn, string Topic, string Place, string OfficerName, string? CallTitle, int Firms, int People, IReadOnlyList<string> FirmNames);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts firms, CallDirectory calls, TimeProvider clock)
    {
        public async Task<Guid> Handle(Command c, CancellationToken ct)
        {
            user.Demand(Permissions.GridVisit);
            var today = BeijingTime.Today(clock);
            var errors = new Dictionary<string, string[]>();
            if (!Enum.IsDefined(c.Kind))
            {
                errors["kind"] = ["服务类型无效"];
            }

            if (c.HeldOn > today)
            {
                errors["heldOn"] = ["服务日期不能晚于今天"];
            }

            if (string.IsNullOrWhiteSpace(c.Topic) || c.Topic.Trim().Length < 2 || c.Topic.Length > 200)
            {
                errors["topic"] = ["请填写主题（2 到 200 个字）"];
            }

            if (c.Attendees is not { Count: > 0 } || c.Attendees.Count > 200)
            {
                errors["attendees"] = ["请选择参加的企业（1 到 200 家）"];
            }
            else if (c.Attendees.Any(a => a.People is < 1 or > 500))
            {
                errors["attendees"] = ["每家企业参加人数应为 1 到 500 人"];
            }
            else if (c.Attendees.Select(a => a.EnterpriseId).Distinct().Count() != c.Attendees.Count)
            {
                errors["attendees"] = ["同一企业只能列一次"];
            }

            if (c.Kind == SupportKind.ApplicationHelp && c.CallId is null)
            {
                errors["callId"] = ["申报辅导请选择所申报的指南"];
            }

            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            string? callTitle = null;
            if (c.CallId is { } callId)
            {
                callTitle = (await calls.PublishedAsync(ct)).FirstOrDefault(x => x.Id == callId)?.Title
                    ?? throw new FieldValidationException("callId", "指南不存在或未发布");
            }

            // The registry's data scope decides: an officer serves only the firms of their grids.
            var mine = (await firms.LoadVisibleAsync(new FactsFilter(), today, ct)).ToDictionary(f => f.Id);
            var outside = c.Attendees.Where(a => !mine.ContainsKey(a.EnterpriseId)).ToList();
            if (outside.Count > 0)
            {
                throw new ForbiddenException($"有 {outside.Count} 家企业不在本人网格内");
            }

            var activity = new ServiceActivity
            {
                Kind = c.Kind,
                HeldOn = c.HeldOn,
                Topic = c.Topic.Trim(),
                Place = c.Place?.Trim() ?? "",
                OfficerUserId = user.Id!.Value,
                OfficerName = user.Name,
                CallId = c.CallId,
                CallTitle = callTitle,
            };
            activity.Attendance.AddRange(c.Attendees.Select(a => new ServiceAttendance
            {
                ActivityId = activity.Id,
                EnterpriseId = a.EnterpriseId,
                EnterpriseName = mine[a.EnterpriseId].Name,
                GridId = mine[a.EnterpriseId].GridId,
                People = a.People,
            }));
            db.ServiceActivities.Add(activity);
            await db.SaveChangesAsync(ct);
            return activity.Id;
        }

        /// <summary>The officer's own services (grid managers: everyone's), newest first.</summary>
        public async Task<List<Row>> List(CancellationToken ct)
        {
            var activities = db.ServiceActivities.AsNoTracking().Include(a => a.Attendance).AsQueryable();
            if (!user.Has(Permissions.GridManage))
            {
                user.Demand(Permissions.GridVisit);
                var me = user.Id;
                activities = activities.Where(a => a.OfficerUserId == me);
            }

            return (await activities.OrderByDescending(a => a.HeldOn).Take(200).ToListAsync(ct))
                .Select(a => new Row(a.Id, GridTerms.Name(a.Kind), a.HeldOn, a.Topic, a.Place, a.OfficerName, a.CallTitle, a.Attendance.Count, a.Attendance.Sum(x => x.People),
                    a.Attendance.Select(x => x.EnterpriseName).ToList())).ToList();
        }
    }
}
