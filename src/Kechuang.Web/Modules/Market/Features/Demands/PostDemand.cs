using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Search;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Demands;

/// <summary>
/// 发布技术需求: a firm user for their own firm, a grid officer (or staff) for a firm in their data scope. The demand waits
/// for staff review; revising a returned one sends it back to review.
/// </summary>
public static class PostDemand
{
    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseFacts firms, MarketAccess access, SearchChanges changes, TimeProvider clock)
    {
        public async Task<Guid> Create(DemandForm form, CancellationToken ct)
        {
            user.Demand(Permissions.MarketDemandsPost);
            Validation.Throw(form);
            var enterpriseId = form.EnterpriseId ?? user.EnterpriseId
                ?? throw new FieldValidationException("enterpriseId", "请选择需求所属企业");
            var today = BeijingTime.Today(clock);
            // The registry's data scope decides: a firm sees only itself, a grid officer only the firms of their grids.
            var firm = await firms.LoadOneAsync(enterpriseId, today, ct)
                ?? throw new FieldValidationException("enterpriseId", "只能为本企业或本人网格内的企业发布需求");
            CheckDeadline(form, today);
            var demand = new Demand
            {
                EnterpriseId = firm.Id,
                EnterpriseName = firm.Name,
                DistrictCode = firm.DistrictCode,
                GridId = firm.GridId,
                Title = form.Title.Trim(),
                Description = form.Description.Trim(),
                Field = form.Field,
                Keywords = DemandForm.NormaliseKeywords(form.Keywords),
                BudgetMin = form.BudgetMin,
                BudgetMax = form.BudgetMax,
                Deadline = form.Deadline,
                IsPublic = form.IsPublic,
                PostedByUserId = user.Id,
                PostedBy = user.Name,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Demands.Add(demand);
            await db.SaveChangesAsync(ct);
            return demand.Id;
        }

        /// <summary>Revises a demand awaiting review or returned; false when the user may not see it (404).</summary>
        public async Task<bool> Update(Guid id, DemandForm form, CancellationToken ct)
        {
            user.Demand(Permissions.MarketDemandsPost);
            Validation.Throw(form);
            var demand = await (await access.ManagedDemandsAsync(ct)).FirstOrDefaultAsync(d => d.Id == id, ct);
            if (demand is null)
            {
                return false;
            }

            if (demand.Version != form.Version)
            {
                throw new ConflictException("该需求已被他人修改，请刷新后再改");
            }

            CheckDeadline(form, BeijingTime.Today(clock));
            demand.Resubmit();
            demand.Title = form.Title.Trim();
            demand.Description = form.Description.Trim();
            demand.Field = form.Field;
            demand.Keywords = DemandForm.NormaliseKeywords(form.Keywords);
            demand.BudgetMin = form.BudgetMin;
            demand.BudgetMax = form.BudgetMax;
            demand.Deadline = form.Deadline;
            demand.IsPublic = form.IsPublic;
            changes.Changed(SearchKinds.Demand, demand.Id);
            await db.SaveChangesAsync(ct);
            changes.Saved();
            return true;
        }

        private static void CheckDeadline(DemandForm form, DateOnly today)
        {
            if (form.Deadline is { } deadline && deadline < today)
            {
                throw new FieldValidationException("deadline", "截止日期不能早于今天");
            }
        }
    }
}
