using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Calls;

/// <summary>One call with its configured form, attachments and scoring sheet. Drafts only for staff.</summary>
public static class GetCall
{
    public sealed record Details(
        Guid Id, string Title, ProgrammeType Type, string TypeName, int Year, string Description, DateOnly OpensOn, DateOnly? ClosesOn,
        string? EligibilityRuleSetId, decimal Budget, decimal MaxGrant, bool LumpSum, int PanelSize, ExpertKind? RequiredExpertKind,
        int DropExtremesFrom, int ReviewDays, int PublicityDays, CallStatus Status, string StatusName, string? WhyNotAccepting,
        CallSettings Settings, decimal ApprovedTotal, long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var c = await db.Calls.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null || (c.Status == CallStatus.Draft && !user.Has(Permissions.ProgrammesManage)))
            {
                return null;
            }

            var approved = (await db.Projects.Where(p => p.CallId == id && p.Status != ProjectStatus.Revoked).Select(p => p.Grant).ToListAsync(ct)).Sum();
            var why = c.WhyNotAccepting(BeijingTime.Today(clock));
            return new Details(c.Id, c.Title, c.Type, c.TypeName, c.Year, c.Description, c.OpensOn, c.ClosesOn, c.EligibilityRuleSetId, c.Budget,
                c.MaxGrant, c.LumpSum, c.PanelSize, c.RequiredExpertKind, c.DropExtremesFrom, c.ReviewDays, c.PublicityDays, c.Status,
                why is null ? "受理中" : ProgrammeTypes.StatusName(c.Status), why, c.Settings, approved, c.Version);
        }
    }
}
