using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.GridService.Features.Settings;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.GridService.Features.Needs;

/// <summary>
/// Where a need goes and by when: the department or unit the officer chose (it must exist), else the one the routing
/// rule for its category names; the deadline is always the rule's SLA, counted from the day it is raised.
/// </summary>
public sealed class NeedRouting(ServiceRulesInForce rules, OrganisationDirectory organisation)
{
    public sealed record Route(Guid? DepartmentId, Guid? UnitId, string HandlerName, DateOnly DueOn, string DueRule);

    private Dictionary<NeedCategory, NeedRoute>? _routes;
    private Dictionary<Guid, string>? _departments;
    private Dictionary<Guid, string>? _units;

    public async Task<Route> RouteAsync(NeedCategory category, Guid? departmentId, Guid? unitId, DateOnly raisedOn, string field, CancellationToken ct)
    {
        _routes ??= await rules.RoutesOnAsync(raisedOn, ct);
        _departments ??= (await organisation.DepartmentsAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        _units ??= (await organisation.UnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        if (!_routes.TryGetValue(category, out var rule))
        {
            throw new DomainRuleException($"{GridTerms.Name(category)}类需求尚未设置办理时限，请联系科技局设置");
        }

        if (departmentId is null && unitId is null)
        {
            (departmentId, unitId) = (rule.DepartmentId, rule.UnitId);
        }

        string handler;
        if (departmentId is { } d)
        {
            handler = _departments.GetValueOrDefault(d) ?? throw new FieldValidationException(field, "办理科室不存在");
        }
        else if (unitId is { } u)
        {
            handler = _units.GetValueOrDefault(u) ?? throw new FieldValidationException(field, "办理单位不存在");
        }
        else
        {
            throw new DomainRuleException($"{GridTerms.Name(category)}类需求没有默认办理科室，请指定");
        }

        return new Route(departmentId, unitId, handler, raisedOn.AddDays(rule.SlaDays),
            $"{GridTerms.Name(category)}类 {rule.SlaDays} 天（{rule.EffectiveFrom:yyyy-MM-dd} 起施行的办理时限）");
    }
}
