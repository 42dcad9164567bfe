using Kechuang.Rules;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Cultivation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Cultivation;

/// <summary>The pools every bureau keeps, one per rung above the first; created at start when missing.</summary>
public static class StandardPools
{
    public const string HighTech = "high-tech";
    public const string LittleGiant = "little-giant";
    public const string TechSme = "tech-sme";

    private static readonly (string Code, string Name, string RuleSet, string Description)[] All =
    [
        (HighTech, "高新技术企业培育库", ShippedRuleSets.HighTech, "具备一定条件、有望在一至三年内通过高新技术企业认定的企业"),
        (LittleGiant, "科技小巨人培育库", ShippedRuleSets.LittleGiant, "已入库科技型中小企业、成长性好、有望认定为自治区科技小巨人的企业"),
        (TechSme, "科技型中小企业培育库", ShippedRuleSets.TechSme, "有望通过科技型中小企业评价入库的企业"),
    ];

    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct = default)
    {
        var codes = await db.CultivationPools.Select(p => p.Code).ToListAsync(ct);
        db.CultivationPools.AddRange(All.Select((p, i) => (p, i)).Where(x => !codes.Contains(x.p.Code)).Select(x => new CultivationPool
        {
            Code = x.p.Code,
            Name = x.p.Name,
            TargetRuleSetId = x.p.RuleSet,
            Description = x.p.Description,
            SortOrder = x.i,
        }));
        await db.SaveChangesAsync(ct);
    }
}
