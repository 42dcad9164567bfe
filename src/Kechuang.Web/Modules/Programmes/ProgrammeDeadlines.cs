using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Notifications.Contracts;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes;

/// <summary>
/// The programme deadlines the reminder job watches: a call closing while a firm's application is still a draft or
/// returned (3 days before), an expert's unscored review (2 days before the batch is due), and a project's mid-term
/// report not yet submitted (14 days before). Each key carries the deadline, so a moved date is reminded again.
/// </summary>
public sealed class ProgrammeDeadlines(AppDbContext db) : IDeadlineSource
{
    public const int CallClosingDays = 3;
    public const int ReviewDueDays = 2;
    public const int MidTermDays = 14;

    public async Task<IReadOnlyList<DeadlineReminder>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var reminders = new List<DeadlineReminder>();
        reminders.AddRange(await CallsClosingAsync(today, ct));
        reminders.AddRange(await ReviewsDueAsync(today, ct));
        reminders.AddRange(await MidTermsDueAsync(today, ct));
        return reminders;
    }

    private async Task<IEnumerable<DeadlineReminder>> CallsClosingAsync(DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(CallClosingDays);
        var unsent = await (from a in db.ProjectApplications.AsNoTracking()
                            join c in db.Calls on a.CallId equals c.Id
                            where c.Status == CallStatus.Published && c.ClosesOn >= today && c.ClosesOn <= last
                                  && (a.Status == ApplicationStatus.Draft || a.Status == ApplicationStatus.Returned)
                            select new { a.Id, a.EnterpriseId, a.Title, a.Status, CallTitle = c.Title, ClosesOn = c.ClosesOn!.Value }).ToListAsync(ct);
        return unsent.Select(a => new DeadlineReminder(
            $"call-closing:{a.Id}:{a.ClosesOn:yyyy-MM-dd}:{CallClosingDays}d",
            ReminderRecipient.Enterprise(a.EnterpriseId),
            "项目申报即将截止",
            $"“{a.CallTitle}”将于 {a.ClosesOn:yyyy-MM-dd}（{DeadlineReminder.DaysLeft(today, a.ClosesOn)}）截止，您的申报书“{a.Title}”{(a.Status == ApplicationStatus.Returned ? "被退回修改后" : "")}尚未提交。",
            $"/applications/{a.Id}"));
    }

    private async Task<IEnumerable<DeadlineReminder>> ReviewsDueAsync(DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(ReviewDueDays);
        var pending = await (from s in db.ReviewAssignments.AsNoTracking()
                             join b in db.ReviewBatches on s.BatchId equals b.Id
                             join e in db.Experts on s.ExpertId equals e.Id
                             join a in db.ProjectApplications on s.ApplicationId equals a.Id
                             where s.Status == AssignmentState.Assigned && b.Status == ReviewBatchStatus.Scoring
                                   && b.DueOn >= today && b.DueOn <= last && e.UserId != null
                             select new { s.Id, UserId = e.UserId!.Value, a.Title, DueOn = b.DueOn!.Value }).ToListAsync(ct);
        return pending.Select(s => new DeadlineReminder(
            $"review-due:{s.Id}:{s.DueOn:yyyy-MM-dd}:{ReviewDueDays}d",
            ReminderRecipient.User(s.UserId),
            "评审即将到期",
            $"申报书“{s.Title}”的评分将于 {s.DueOn:yyyy-MM-dd}（{DeadlineReminder.DaysLeft(today, s.DueOn)}）到期，请尽快完成评分或说明谢绝理由。",
            $"/reviews/{s.Id}"));
    }

    private async Task<IEnumerable<DeadlineReminder>> MidTermsDueAsync(DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(MidTermDays);
        var due = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.InProgress && p.MidTermDueOn >= today && p.MidTermDueOn <= last
                        && !db.ProjectReports.Any(r => r.ProjectId == p.Id && r.Kind == ReportKind.MidTerm))
            .Select(p => new { p.Id, p.EnterpriseId, p.Title, p.ProjectNo, DueOn = p.MidTermDueOn!.Value }).ToListAsync(ct);
        return due.Select(p => new DeadlineReminder(
            $"midterm-due:{p.Id}:{p.DueOn:yyyy-MM-dd}:{MidTermDays}d",
            ReminderRecipient.Enterprise(p.EnterpriseId),
            "中期报告即将到期",
            $"项目“{p.Title}”（{p.ProjectNo}）的中期报告应于 {p.DueOn:yyyy-MM-dd}（{DeadlineReminder.DaysLeft(today, p.DueOn)}）前提交。",
            $"/projects/{p.Id}"));
    }
}
