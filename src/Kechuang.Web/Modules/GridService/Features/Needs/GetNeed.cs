using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.GridService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>One need with its history and what the user may do with it.</summary>
public static class GetNeed
{
    public sealed record Step(string Status, string Note, string By, DateTimeOffset At);

    public sealed record Details(Guid Id, Guid EnterpriseId, string EnterpriseName, NeedCategory Category, string CategoryName, string Description, string Urgency,
        NeedStatus Status, string StatusName, string HandlerName, DateOnly RaisedOn, DateOnly DueOn, string DueRule, bool Overdue, string? Outcome, DateOnly? ClosedOn,
        int? Rating, string? RatingComment, Guid? DemandId, long Version, IReadOnlyList<Step> Steps, bool MayHandle, bool MayRate, bool MayPublishAsDemand);

    public sealed class Handler(GridAccess access, TimeProvider clock)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var need = await (await access.VisibleNeedsAsync(ct)).AsNoTracking().Include(n => n.Steps).FirstOrDefaultAsync(n => n.Id == id, ct);
            if (need is null)
            {
                return null;
            }

            var user = access.User;
            var today = BeijingTime.Today(clock);
            var mayRate = user.Has(Permissions.NeedsRate) && user.EnterpriseId == need.EnterpriseId && !need.IsOpen && need.Rating is null;
            var mayPublish = need.Category == NeedCategory.Technology && need.DemandId is null && user.Has(Permissions.MarketDemandsPost)
                && (user.Has(Permissions.GridVisit) || user.Has(Permissions.GridManage));
            return new Details(need.Id, need.EnterpriseId, need.EnterpriseName, need.Category, GridTerms.Name(need.Category), need.Description, GridTerms.Name(need.Urgency),
                need.Status, GridTerms.Name(need.Status), need.HandlerName, need.RaisedOn, need.DueOn, need.DueRule, need.IsOverdueOn(today), need.Outcome, need.ClosedOn,
                need.Rating, need.RatingComment, need.DemandId, need.Version,
                need.Steps.OrderBy(s => s.Id).Select(s => new Step(GridTerms.Name(s.Status), s.Note, s.By, s.At)).ToList(),
                await access.HandlesAsync(need, ct) && need.IsOpen, mayRate, mayPublish);
        }
    }
}
