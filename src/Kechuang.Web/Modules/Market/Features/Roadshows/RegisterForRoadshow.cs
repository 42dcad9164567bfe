using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Roadshows;

/// <summary>
/// 报名 / 取消报名: an investor or firm registers its firm or unit for a published roadshow before it starts, within the
/// capacity (the count and the registration are saved together under the roadshow's version token, so the last seat goes
/// to one of two racing requests and the other is told); once per firm or unit (409); cancelling frees the seat.
/// </summary>
public static class RegisterForRoadshow
{
    public sealed record Command([property: StringLength(100, ErrorMessage = "联系人及电话不能超过 100 个字")] string? Contact);

    public sealed class Handler(AppDbContext db, CurrentUser user, EventParticipants participants, Notifier notifier, TimeProvider clock)
    {
        public async Task<Guid?> Register(Guid roadshowId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsAttend);
            Validation.Throw(command);
            var who = await participants.RequireAsync("报名路演", ct);
            var roadshow = await db.Roadshows.Include(r => r.Registrations)
                .FirstOrDefaultAsync(r => r.Id == roadshowId && r.Status != RoadshowStatus.Draft, ct);
            if (roadshow is null)
            {
                return null;
            }

            var isNew = !roadshow.Registrations.Any(r => r.ParticipantKind == who.Kind && r.ParticipantId == who.Id);
            var registration = roadshow.Register(who, user.Id, command.Contact ?? user.Name, clock.GetUtcNow());
            if (isNew)
            {
                db.RoadshowRegistrations.Add(registration);
            }

            if (user.Id is { } userId)
            {
                notifier.NotifyUser(userId, "路演报名成功", $"您已报名「{roadshow.Title}」，时间 {roadshow.StartsAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}，地点 {roadshow.Place}。", $"/roadshows/{roadshow.Id}");
            }

            await db.SaveChangesAsync(ct);
            return registration.Id;
        }

        public async Task<bool> Cancel(Guid roadshowId, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsAttend);
            var who = await participants.RequireAsync("取消报名", ct);
            var roadshow = await db.Roadshows.Include(r => r.Registrations).FirstOrDefaultAsync(r => r.Id == roadshowId, ct);
            var registration = roadshow?.Registrations.FirstOrDefault(r => r.ParticipantKind == who.Kind && r.ParticipantId == who.Id);
            if (roadshow is null || registration is null)
            {
                return false;
            }

            roadshow.CancelRegistration(registration, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
