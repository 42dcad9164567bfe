using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Matching;

/// <summary>记录洽谈: a meeting of the two sides and the stage it reached (已联系 → 洽谈中 → 已签约, or closed without a deal).</summary>
public static class RecordMeeting
{
    public sealed record Command(
        DateOnly HeldOn,
        [property: Required(ErrorMessage = "请填写洽谈地点"), StringLength(200, ErrorMessage = "地点不能超过 200 字")] string Place,
        [property: Required(ErrorMessage = "请填写洽谈情况"), StringLength(2000, ErrorMessage = "洽谈情况不能超过 2000 字")] string Notes,
        MatchStage? Stage,
        long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid matchId, Command command, CancellationToken ct)
        {
            user.Demand(Permissions.MarketManage);
            Validation.Throw(command);
            var match = await db.MatchPushes.Include(m => m.Meetings).FirstOrDefaultAsync(m => m.Id == matchId, ct);
            if (match is null)
            {
                return false;
            }

            if (match.Version != command.Version)
            {
                throw new ConflictException("该对接已被他人更新，请刷新后再记录");
            }

            if (command.HeldOn > BeijingTime.Today(clock))
            {
                throw new FieldValidationException("heldOn", "洽谈日期不能晚于今天");
            }

            if (command.Stage is { } s && !Enum.IsDefined(s))
            {
                throw new FieldValidationException("stage", "对接阶段无效");
            }

            var meeting = match.RecordMeeting(command.HeldOn, command.Place, command.Notes, command.Stage, user.Name);
            db.MatchMeetings.Add(meeting);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
