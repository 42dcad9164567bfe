using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Assignment;

/// <summary>
/// 网格员交接: an officer who leaves hands all their grids, and the open needs they collected, to another officer in one
/// action (audited: the grid memberships and each need's officer).
/// </summary>
public static class HandOverOfficer
{
    public sealed record Command(Guid FromUserId, Guid ToUserId);

    public sealed record Result(int Grids, int OpenNeeds);

    public sealed class Handler(AppDbContext db, CurrentUser user, UserDirectory users, OrganisationDirectory organisation, GridAssignments assignments)
    {
        public async Task<Result> Handle(Command command, CancellationToken ct)
        {
            user.Demand(Permissions.GridManage);
            if (command.FromUserId == command.ToUserId)
            {
                throw new FieldValidationException("toUserId", "交接双方不能是同一人");
            }

            var officers = await users.HoldersOfAsync(Permissions.GridVisit, ct);
            if (!officers.Contains(command.ToUserId))
            {
                throw new FieldValidationException("toUserId", "接手人须是在岗的网格员");
            }

            if ((await organisation.GridIdsOfOfficerAsync(command.FromUserId, ct)).Count == 0)
            {
                throw new DomainRuleException("交出人没有负责的网格");
            }

            var grids = await assignments.HandOverAsync(command.FromUserId, command.ToUserId, ct);
            var open = await db.Needs.Where(n => n.OfficerUserId == command.FromUserId && (n.Status == NeedStatus.Accepted || n.Status == NeedStatus.InProgress)).ToListAsync(ct);
            foreach (var need in open)
            {
                need.OfficerUserId = command.ToUserId;
            }

            await db.SaveChangesAsync(ct);
            return new Result(grids.Count, open.Count);
        }
    }
}
