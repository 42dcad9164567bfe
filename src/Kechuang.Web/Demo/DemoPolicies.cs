using Kechuang.Rules;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Cultivation;
using Kechuang.Web.Modules.Cultivation.Domain;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Demo;

/// <summary>
/// The demo city's declarations, policy catalogue and cultivation pools. A separate random stream from the
/// registry's, so the registry's figures stay the same whatever is added here.
/// </summary>
internal static class DemoPolicies
{
    public static async Task SeedAsync(AppDbContext db, List<Enterprise> enterprises, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(2027);
        AddDeclarations(db, enterprises, random, now);
        AddCatalogue(db);
        await AddPoolsAsync(db, enterprises, random, today, ct);
    }

    /// <summary>Nine firms in ten have declared; the tenth shows as "unknown" on the conditions that need a declaration.</summary>
    private static void AddDeclarations(AppDbContext db, List<Enterprise> enterprises, Random random, DateTimeOffset now)
    {
        for (var i = 0; i < enterprises.Count; i++)
        {
            if (i % 10 == 9)
            {
                continue;
            }

            var e = enterprises[i];
            var highTech = e.Qualifications.Any(q => q.Type == QualificationType.HighTech);
            db.EnterpriseDeclarations.Add(new EnterpriseDeclaration
            {
                EnterpriseId = e.Id,
                ResidentEnterprise = true,
                RestrictedIndustry = random.Next(50) == 0,
                NoMajorViolation = random.Next(40) != 0,
                ListedAbnormal = random.Next(60) == 0,
                SoundAccounts = random.Next(20) != 0,
                HasCoreIp = highTech || random.Next(3) == 0,
                HasRdUnit = highTech || random.Next(2) == 0,
                NationalAward5y = random.Next(100) == 0,
                ProvincialRdInstitution = random.Next(15) == 0,
                LedStandard5y = random.Next(30) == 0,
                UpdatedAt = now,
            });
        }
    }

    private static void AddCatalogue(AppDbContext db)
    {
        var support = new Policy
        {
            Title = "银川市支持科技创新若干政策措施（演示）",
            DocumentNumber = "银政发〔2019〕演示1号",
            Issuer = "银川市人民政府",
            IssuedOn = new DateOnly(2019, 3, 1),
            Summary = "演示数据：条款、金额与程序按银川市科技局 2020 年上半年工作总结所述奖励标准及各地常见做法编写，文号为演示用，正式使用前请按本市文件修改。",
            IsPublished = true,
        };
        support.Clauses.AddRange(
        [
            Clause(support, "第三条", "新认定高新技术企业奖励", ShippedRuleSets.HighTechReward, "对首次认定的国家高新技术企业一次性奖励 50 万元", "高新技术企业认定结果公布后，由市科技局依据认定名单直接兑现，企业无需申请。",
                "认定名单公布后 30 个工作日内拨付", noApplication: true, reward: true, order: 1),
            Clause(support, "第四条", "新认定科技小巨人企业奖励", ShippedRuleSets.LittleGiantReward, "对首次认定的自治区科技小巨人企业一次性奖励 30 万元", "自治区认定文件下达后，由市科技局依据认定名单直接兑现，企业无需申请。",
                "认定文件下达后 30 个工作日内拨付", noApplication: true, reward: true, order: 2),
            Clause(support, "第五条（一）", "高新技术企业研发费用后补助", "rd-subsidy-high-tech", "按上年度研发费用的 5% 给予补助，每户最高 100 万元",
                "市科技局根据企业年度数据和税务部门研发费用加计扣除数据核定名单与金额，公示 5 个工作日无异议后拨付。", "每年 6 月底前核定，公示后 15 个工作日内拨付", noApplication: true, reward: false, order: 3),
            Clause(support, "第五条（二）", "科技型中小企业研发费用后补助", "rd-subsidy-other", "按上年度研发费用的 3% 给予补助，每户最高 50 万元",
                "市科技局根据企业年度数据核定名单与金额，公示 5 个工作日无异议后拨付。", "每年 6 月底前核定，公示后 15 个工作日内拨付", noApplication: true, reward: false, order: 4),
            Clause(support, "第六条", "研发投入增量奖补", "rd-increase-subsidy", "按上年度研发费用增加额的 10% 给予奖补，每户最高 50 万元",
                "企业在线确认年度数据，市科技局会同市财政局核定后拨付。", "受理后 20 个工作日内办结", noApplication: false, reward: false, order: 5),
        ]);
        var tax = new Policy
        {
            Title = "高新技术企业税收优惠（国家政策）",
            DocumentNumber = "中华人民共和国企业所得税法 第二十八条",
            Issuer = "全国人民代表大会",
            IssuedOn = new DateOnly(2007, 3, 16),
            Summary = "国家需要重点扶持的高新技术企业，减按 15% 的税率征收企业所得税。",
            IsPublished = true,
        };
        tax.Clauses.Add(Clause(tax, "第二十八条", "高新技术企业减按 15% 税率征收企业所得税", "high-tech-tax", "企业所得税税率由 25% 减按 15%（减免额按应纳税所得额计算）",
            "企业在年度汇算清缴时自行判别、申报享受，相关资料留存备查。", "随年度企业所得税汇算清缴办理", noApplication: false, reward: false, order: 1, department: "税务部门（市科技局协助认定）"));
        db.Policies.AddRange(support, tax);
    }

    private static PolicyClause Clause(Policy policy, string number, string title, string ruleSetId, string benefit, string procedure, string timeLimit,
        bool noApplication, bool reward, int order, string department = "市科技局 高新技术科") => new()
        {
            PolicyId = policy.Id,
            Number = number,
            Title = title,
            Text = $"{title}：{benefit}。",
            RuleSetId = ruleSetId,
            BenefitText = benefit,
            LeadDepartment = department,
            Procedure = procedure,
            TimeLimit = timeLimit,
            SourceDocument = $"{policy.Title}（{policy.DocumentNumber}）{number}",
            NoApplication = noApplication,
            IsRecognitionReward = reward,
            SortOrder = order,
        };

    /// <summary>高新技术企业培育库: 78 firms admitted in the first half of this year (the seeds' figure) and 40 last year, some since removed.</summary>
    private static async Task AddPoolsAsync(AppDbContext db, List<Enterprise> enterprises, Random random, DateOnly today, CancellationToken ct)
    {
        var pools = await db.CultivationPools.ToDictionaryAsync(p => p.Code, ct);
        var candidates = enterprises
            .Where(e => e.Qualifications.Any(q => q.Type == QualificationType.TechSme) && e.Qualifications.All(q => q.Type != QualificationType.HighTech))
            .OrderBy(_ => random.Next()).ToList();
        var highTechPool = pools[StandardPools.HighTech];
        var admitted = 0;
        foreach (var e in candidates.Take(118))
        {
            var thisYear = admitted++ < 78;
            var on = thisYear
                ? new DateOnly(today.Year, random.Next(1, 7), random.Next(1, 28))
                : new DateOnly(today.Year - 1, random.Next(1, 13), random.Next(1, 28));
            if (on > today)
            {
                on = today;
            }

            var removed = !thisYear && random.Next(5) == 0;
            db.PoolMemberships.Add(new PoolMembership
            {
                PoolId = highTechPool.Id,
                EnterpriseId = e.Id,
                AdmittedOn = on,
                AdmissionReason = thisYear ? $"{today.Year} 年上半年高新技术企业培育库集中入库" : "年度培育库入库评审通过",
                RemovedOn = removed ? on.AddMonths(6) > today ? today : on.AddMonths(6) : null,
                RemovalReason = removed ? "企业经营范围调整，主动申请退出" : null,
            });
        }

        foreach (var e in candidates.Skip(118).Take(25))
        {
            db.PoolMemberships.Add(new PoolMembership
            {
                PoolId = pools[StandardPools.LittleGiant].Id,
                EnterpriseId = e.Id,
                AdmittedOn = new DateOnly(today.Year, random.Next(1, 6), random.Next(1, 28)),
                AdmissionReason = "科技小巨人培育对象（区县推荐）",
            });
        }
    }
}
