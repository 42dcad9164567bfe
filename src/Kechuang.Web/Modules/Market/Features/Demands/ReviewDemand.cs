using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Search;
using Kechuang.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Demands;

/// <summary>Staff review of a demand: 发布 (it enters the market and search), 退回 with a reason, or 关闭.</summary>
public static class ReviewDemand
{
    public enum Decision
    {
        Approve,
        Return,
        Close,
    }

    public sealed record Command(Decision Decision, string? Reason);

    public sealed class Handler(AppDbContext db, CurrentUser user, MarketAccess access, SearchChanges changes, Notifier notifier, TimeProvider clock)
    {
        public async Task<bool> Handle(Guid id, Command command, CancellationToken ct)
        {
            if (command.Decision != Decision.Close)
            {
                user.Demand(Permissions.MarketManage);
            }

            var demand = await (await access.ManagedDemandsAsync(ct)).FirstOrDefaultAsync(d => d.Id == id, ct);
            if (demand is null)
            {
                return false;
            }

            switch (command.Decision)
            {
                case Decision.Approve:
                    demand.Approve(user.Name, clock.GetUtcNow());
                    notifier.NotifyEnterprise(demand.EnterpriseId, "技术需求已发布", $"您的技术需求「{demand.Title}」已通过审核并发布，可查看匹配的成果与专家。", $"/market/demands/{demand.Id}");
                    break;
                case Decision.Return:
                    demand.Return(user.Name, command.Reason ?? "");
                    notifier.NotifyEnterprise(demand.EnterpriseId, "技术需求被退回", $"您的技术需求「{demand.Title}」被退回：{demand.ReturnReason}", $"/market/demands/{demand.Id}");
                    break;
                case Decision.Close:
                    demand.Close();
                    break;
            }

            changes.Changed(SearchKinds.Demand, demand.Id);
            await db.SaveChangesAsync(ct);
            changes.Saved();
            return true;
        }
    }
}
