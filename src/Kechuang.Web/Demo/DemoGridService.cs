using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.GridService.Domain;
using Kechuang.Web.Modules.Organisation.Domain;

namespace Kechuang.Web.Demo;

/// <summary>
/// The grid service of the demo city: routing rules and visit frequencies from 1 January, and half a year of visits with
/// about 130 needs in every state (some overdue, some rated), as the seed describes. Own Random: other demo figures stay.
/// </summary>
public static class DemoGridService
{
    private static readonly (NeedCategory Category, int Department, int Days)[] Routes =
    [
        (NeedCategory.Technology, 1, 10), (NeedCategory.Talent, 4, 15), (NeedCategory.Finance, 3, 10), (NeedCategory.Policy, 4, 5),
        (NeedCategory.Market, 2, 15), (NeedCategory.Space, 2, 20), (NeedCategory.Other, 0, 15),
    ];

    private static readonly (int? Tier, int Days)[] Frequencies =
    [
        ((int)QualificationType.HighTech, 90), ((int)QualificationType.LittleGiant, 90), ((int)QualificationType.TechSme, 180), ((int)QualificationType.MicroTech, 180), (null, 365),
    ];

    private static readonly (NeedCategory Category, string Text)[] NeedTexts =
    [
        (NeedCategory.Technology, "生产线自动化改造缺少视觉检测方案，希望对接高校团队"),
        (NeedCategory.Technology, "新产品耐高温性能不达标，需要材料配方优化的技术支持"),
        (NeedCategory.Technology, "希望引进废水深度处理技术，降低运行成本"),
        (NeedCategory.Talent, "急需两名嵌入式软件工程师，希望参加人才招聘对接会"),
        (NeedCategory.Talent, "希望申报自治区高层次人才项目，需要政策解读"),
        (NeedCategory.Finance, "扩大产能需流动资金 500 万元，希望对接科技贷款产品"),
        (NeedCategory.Finance, "了解知识产权质押融资办理流程"),
        (NeedCategory.Policy, "不清楚研发费用加计扣除的归集口径，希望上门辅导"),
        (NeedCategory.Policy, "咨询高新技术企业认定的知识产权条件"),
        (NeedCategory.Market, "新产品希望进入政府首购目录"),
        (NeedCategory.Space, "中试车间面积不足，需要约 800 平方米标准厂房"),
        (NeedCategory.Other, "希望协调园区道路夜间照明"),
    ];

    public static void Seed(AppDbContext db, List<Enterprise> enterprises, IReadOnlyList<(Guid GridId, Guid UserId, string Name)> officers,
        List<Department> departments, DateOnly today, DateTimeOffset now)
    {
        var random = new Random(606);
        var yearStart = new DateOnly(today.Year, 1, 1);
        db.NeedRoutes.AddRange(Routes.Select(r => new NeedRoute { Category = r.Category, DepartmentId = departments[r.Department].Id, SlaDays = r.Days, EffectiveFrom = yearStart }));
        db.VisitFrequencies.AddRange(Frequencies.Select(f => new VisitFrequency { Tier = f.Tier, IntervalDays = f.Days, EffectiveFrom = yearStart }));

        var officerOf = officers.ToDictionary(o => o.GridId);
        var needCount = 0;
        foreach (var firm in enterprises.Where(e => e.GridId is { } g && officerOf.ContainsKey(g)))
        {
            // Roughly two firms in three were visited in the last half year, some twice.
            var visits = random.NextDouble() < 0.35 ? 0 : random.Next(1, 3);
            var officer = officerOf[firm.GridId!.Value];
            for (var v = 0; v < visits; v++)
            {
                var on = today.AddDays(-random.Next(3, 180));
                var visit = new Visit
                {
                    DraftId = Guid.NewGuid(),
                    EnterpriseId = firm.Id,
                    EnterpriseName = firm.Name,
                    GridId = firm.GridId,
                    OfficerUserId = officer.UserId,
                    OfficerName = officer.Name,
                    VisitedOn = on,
                    Kind = (VisitKind)random.Next(1, 5),
                    PeopleMet = $"{firm.ContactPerson ?? "企业负责人"}",
                    Notes = "了解企业研发投入与经营情况，宣讲科技型企业梯次培育政策。",
                    RecordedAt = now.AddDays(on.DayNumber - today.DayNumber),
                };
                db.Visits.Add(visit);
                if (random.NextDouble() < 0.16 && needCount < 130)
                {
                    needCount++;
                    db.Needs.Add(MakeNeed(random, firm, visit, officer, departments, today, now));
                }
            }
        }
    }

    private static Need MakeNeed(Random random, Enterprise firm, Visit visit, (Guid GridId, Guid UserId, string Name) officer, List<Department> departments, DateOnly today, DateTimeOffset now)
    {
        var (category, text) = NeedTexts[random.Next(NeedTexts.Length)];
        var route = Routes.Single(r => r.Category == category);
        var department = departments[route.Department];
        var need = new Need
        {
            VisitId = visit.Id,
            EnterpriseId = firm.Id,
            EnterpriseName = firm.Name,
            GridId = firm.GridId,
            OfficerUserId = officer.UserId,
            Category = category,
            Description = text,
            Urgency = (NeedUrgency)random.Next(1, 4),
            HandlerName = department.Name,
            RaisedOn = visit.VisitedOn,
        };
        var raisedAt = visit.RecordedAt;
        var due = visit.VisitedOn.AddDays(route.Days);
        need.RouteTo(department.Id, null, department.Name, due, $"{GridTerms.Name(category)}类 {route.Days} 天（{new DateOnly(today.Year, 1, 1):yyyy-MM-dd} 起施行的办理时限）", officer.Name, raisedAt);
        var age = today.DayNumber - visit.VisitedOn.DayNumber;
        var fate = random.NextDouble();
        if (fate < 0.2 || age < 2)
        {
            return need; // still only accepted: overdue when older than its SLA
        }

        need.Start(department.Name, raisedAt.AddDays(1), "已联系企业了解详情");
        if (fate < 0.4)
        {
            return need;
        }

        var closedDays = Math.Min(age, random.Next(2, route.Days + 6));
        var resolved = fate < 0.9;
        need.Close(resolved, resolved ? "已对接相关资源并办结，企业确认" : "超出本局职能，已告知企业向相关部门反映", department.Name, raisedAt.AddDays(closedDays), visit.VisitedOn.AddDays(closedDays));
        if (random.NextDouble() < 0.7)
        {
            need.Rate(resolved ? random.Next(4, 6) : random.Next(2, 4), resolved ? "响应及时" : null);
        }

        return need;
    }
}
