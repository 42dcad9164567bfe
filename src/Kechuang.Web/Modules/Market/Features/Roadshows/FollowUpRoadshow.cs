using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Roadshows;

/// <summary>After the roadshow: staff mark who attended and record each project's follow-up (意向投资、已投资、技术合作、无后续).</summary>
public static class FollowUpRoadshow
{
    public sealed record Attendance(Guid RegistrationId, bool Attended);

    public sealed record AttendanceCommand([property: Required(ErrorMessage = "请选择出席情况")] List<Attendance> Rows);

    public sealed record OutcomeCommand(
        OutcomeKind Kind,
        [property: Range(0, 1_000_000, ErrorMessage = "金额应在 0 到 1000000 万元之间")] decimal? Amount,
        [property: StringLength(100, ErrorMessage = "投资方/合作方不能超过 100 个字")] string? Investor,
        [property: Required(ErrorMessage = "请填写说明"), StringLength(1000, ErrorMessage = "说明不能超过 1000 字")] string Note,
        DateOnly On);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<bool> MarkAttendance(Guid roadshowId, AttendanceCommand command, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsManage);
            Validation.Throw(command);
            var roadshow = await db.Roadshows.Include(r => r.Registrations).FirstOrDefaultAsync(r => r.Id == roadshowId, ct);
            if (roadshow is null)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            foreach (var row in command.Rows)
            {
                var registration = roadshow.Registrations.FirstOrDefault(r => r.Id == row.RegistrationId)
                    ?? throw new FieldValidationException("rows", "报名记录不属于本场路演");
                roadshow.MarkAttendance(registration, row.Attended, now);
            }

            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<Guid?> RecordOutcome(Guid roadshowId, Guid projectId, OutcomeCommand command, CancellationToken ct)
        {
            user.Demand(Permissions.RoadshowsManage);
            Validation.Throw(command);
            var roadshow = await db.Roadshows.Include(r => r.Projects).FirstOrDefaultAsync(r => r.Id == roadshowId, ct);
            var project = roadshow?.Projects.FirstOrDefault(p => p.Id == projectId);
            if (roadshow is null || project is null)
            {
                return null;
            }

            var outcome = roadshow.RecordOutcome(project, command.Kind, command.Amount, command.Investor, command.Note, command.On, BeijingTime.Today(clock), user.Name, clock.GetUtcNow());
            db.RoadshowOutcomes.Add(outcome);
            await db.SaveChangesAsync(ct);
            return outcome.Id;
        }
    }
}
