using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>
/// 办理需求: the department or unit it was routed to starts it (办理中) and closes it, resolved or not (with the result
/// or the reason). The firm and the officer who collected it are told when it is closed.
/// </summary>
public static class HandleNeed
{
    public enum Action
    {
        Start = 1,
        Resolve = 2,
        Unresolvable = 3,
    }

    public sealed record Command(Action Action, string? Note, long Version);

    public sealed class Handler(AppDbContext db, GridAccess access, Notifier notifier, TimeProvider clock)
    {
        /// <returns>False when the user may not see the need (404).</returns>
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            var need = await (await access.VisibleNeedsAsync(ct)).Include(n => n.Steps).FirstOrDefaultAsync(n => n.Id == id, ct);
            if (need is null)
            {
                return false;
            }

            if (!await access.HandlesAsync(need, ct))
            {
                throw new ForbiddenException($"该需求由{need.HandlerName}办理");
            }

            if (need.Version != command.Version)
            {
                throw new ConflictException("该需求已被他人处理，请刷新后再办");
            }

            var by = access.User.Name;
            var now = clock.GetUtcNow();
            switch (command.Action)
            {
                case Action.Start:
                    need.Start(by, now, command.Note);
                    break;
                case Action.Resolve or Action.Unresolvable:
                    var resolved = command.Action == Action.Resolve;
                    need.Close(resolved, command.Note ?? "", by, now, BeijingTime.DateOf(now));
                    var body = $"您提出的{GridTerms.Name(need.Category)}类需求“{Short(need.Description)}”{(resolved ? "已解决" : "无法解决")}：{need.Outcome}";
                    notifier.NotifyEnterprise(need.EnterpriseId, $"需求办理结果：{GridTerms.Name(need.Status)}", body + "。欢迎对办理情况评价。", $"/my-needs");
                    if (need.OfficerUserId is { } officer)
                    {
                        notifier.NotifyUser(officer, $"{need.EnterpriseName}的需求已办结", body, $"/needs/{need.Id}");
                    }

                    break;
                default:
                    throw new FieldValidationException("action", "办理动作无效");
            }

            await db.SaveChangesAsync(ct);
            return true;
        }

        private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
    }
}
