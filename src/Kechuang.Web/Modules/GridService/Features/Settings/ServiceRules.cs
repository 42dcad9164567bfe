using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.GridService.Features.Settings;

/// <summary>
/// 办理时限与走访频次: the rules as data with effective dates. Staff add a rule from today or a later date; a rule that has
/// already taken effect is never rewritten (needs and visit plans made under it keep it), a future one may be replaced.
/// </summary>
public static class ServiceRules
{
    public sealed record RouteRow(NeedCategory Category, string CategoryName, DateOnly EffectiveFrom, string HandlerName, int SlaDays, bool InForce);

    public sealed record FrequencyRow(int? Tier, string TierName, DateOnly EffectiveFrom, int IntervalDays, bool InForce);

    public sealed record Result(IReadOnlyList<RouteRow> Routes, IReadOnlyList<FrequencyRow> Frequencies);

    public sealed record RouteCommand(NeedCategory Category, DateOnly EffectiveFrom, Guid? DepartmentId, Guid? UnitId, int SlaDays);

    public sealed record FrequencyCommand(int? Tier, DateOnly EffectiveFrom, int IntervalDays);

    public sealed class Handler(AppDbContext db, CurrentUser user, ServiceRulesInForce inForce, OrganisationDirectory organisation, TimeProvider clock)
    {
        public async Task<Result> List(CancellationToken ct)
        {
            var today = BeijingTime.Today(clock);
            var routesNow = (await inForce.RoutesOnAsync(today, ct)).Values.Select(r => r.Id).ToHashSet();
            var frequenciesNow = (await inForce.FrequenciesOnAsync(today, ct)).Values.Select(f => f.Id).ToHashSet();
            var handlers = (await organisation.DepartmentsAsync(ct)).Concat(await organisation.UnitsAsync(ct)).ToDictionary(h => h.Id, h => h.Name);
            var routes = await db.NeedRoutes.AsNoTracking().ToListAsync(ct);
            var frequencies = await db.VisitFrequencies.AsNoTracking().ToListAsync(ct);
            return new Result(
                routes.OrderBy(r => r.Category).ThenByDescending(r => r.EffectiveFrom)
                    .Select(r => new RouteRow(r.Category, GridTerms.Name(r.Category), r.EffectiveFrom, handlers.GetValueOrDefault(r.DepartmentId ?? r.UnitId ?? Guid.Empty, "（已删除）"), r.SlaDays, routesNow.Contains(r.Id))).ToList(),
                frequencies.OrderByDescending(f => f.Tier ?? 0).ThenByDescending(f => f.EffectiveFrom)
                    .Select(f => new FrequencyRow(f.Tier, GridTerms.TierName(f.Tier), f.EffectiveFrom, f.IntervalDays, frequenciesNow.Contains(f.Id))).ToList());
        }

        public async Task SaveRoute(RouteCommand c, CancellationToken ct)
        {
            user.Demand(Permissions.GridManage);
            CheckDate(c.EffectiveFrom);
            if (!Enum.IsDefined(c.Category))
            {
                throw new FieldValidationException("category", "需求类别无效");
            }

            if (c.SlaDays is < 1 or > 365)
            {
                throw new FieldValidationException("slaDays", "办理时限应为 1 到 365 天");
            }

            if ((c.DepartmentId is null) == (c.UnitId is null))
            {
                throw new FieldValidationException("departmentId", "请选择一个办理科室或单位");
            }

            if (c.DepartmentId is { } d && (await organisation.DepartmentsAsync(ct)).All(x => x.Id != d))
            {
                throw new FieldValidationException("departmentId", "办理科室不存在");
            }

            if (c.UnitId is { } u && (await organisation.UnitsAsync(ct)).All(x => x.Id != u))
            {
                throw new FieldValidationException("unitId", "办理单位不存在");
            }

            db.NeedRoutes.RemoveRange(await db.NeedRoutes.Where(r => r.Category == c.Category && r.EffectiveFrom == c.EffectiveFrom).ToListAsync(ct));
            db.NeedRoutes.Add(new NeedRoute { Category = c.Category, EffectiveFrom = c.EffectiveFrom, DepartmentId = c.DepartmentId, UnitId = c.UnitId, SlaDays = c.SlaDays });
            await db.SaveChangesAsync(ct);
        }

        public async Task SaveFrequency(FrequencyCommand c, CancellationToken ct)
        {
            user.Demand(Permissions.GridManage);
            CheckDate(c.EffectiveFrom);
            if (c.IntervalDays is < 7 or > 730)
            {
                throw new FieldValidationException("intervalDays", "走访间隔应为 7 到 730 天");
            }

            if (c.Tier is { } tier && !Enum.IsDefined((Enterprises.Contracts.QualificationLevel)tier))
            {
                throw new FieldValidationException("tier", "企业梯队无效");
            }

            db.VisitFrequencies.RemoveRange(await db.VisitFrequencies.Where(f => f.Tier == c.Tier && f.EffectiveFrom == c.EffectiveFrom).ToListAsync(ct));
            db.VisitFrequencies.Add(new VisitFrequency { Tier = c.Tier, EffectiveFrom = c.EffectiveFrom, IntervalDays = c.IntervalDays });
            await db.SaveChangesAsync(ct);
        }

        private void CheckDate(DateOnly effectiveFrom)
        {
            if (effectiveFrom < BeijingTime.Today(clock))
            {
                throw new FieldValidationException("effectiveFrom", "施行日期不能早于今天：已施行的规则不能改写，请新增一条以后施行的规则");
            }
        }
    }
}
