namespace Kechuang.Rules.Facts;

/// <summary>What a fact measures; decides how a value and a gap are written in Chinese.</summary>
public enum Unit
{
    None,
    TenThousandYuan, // 万元: money in facts is always in 万元
    Persons,
    Items,
    Percent,
    Years,
}

public enum FactType
{
    Number,
    Boolean,
    Date,
}

/// <param name="Annual">Annual facts are read as name[y-k]; the others as a plain name.</param>
/// <param name="PartOf">A count that is included in another count (科技人员 are part of 职工), so adding one adds to both.</param>
public sealed record FactDefinition(string Name, string ChineseName, FactType Type, Unit Unit, bool Annual, string? PartOf = null);

/// <summary>
/// The facts a rule may read. Each has fixed slots in a <see cref="FactSheet"/> so compiled rules read an array,
/// never a dictionary or reflection.
/// </summary>
public static class FactCatalog
{
    /// <summary>Annual facts keep the evaluation year y and the five years before it (y-0 … y-5).</summary>
    public const int YearsKept = 6;

    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        new("sales", "销售收入", FactType.Number, Unit.TenThousandYuan, true),
        new("total_revenue", "总收入", FactType.Number, Unit.TenThousandYuan, true),
        new("hightech_revenue", "高新技术产品（服务）收入", FactType.Number, Unit.TenThousandYuan, true),
        new("tech_revenue", "技术性收入", FactType.Number, Unit.TenThousandYuan, true),
        new("rd_expense", "研发费用", FactType.Number, Unit.TenThousandYuan, true),
        new("rd_expense_in_china", "境内研发费用", FactType.Number, Unit.TenThousandYuan, true),
        new("cost", "成本费用总额", FactType.Number, Unit.TenThousandYuan, true),
        new("total_assets", "资产总额", FactType.Number, Unit.TenThousandYuan, true),
        new("net_assets", "净资产", FactType.Number, Unit.TenThousandYuan, true),
        new("net_profit", "净利润", FactType.Number, Unit.TenThousandYuan, true),
        new("tax_paid", "纳税总额", FactType.Number, Unit.TenThousandYuan, true),
        new("staff", "职工总数", FactType.Number, Unit.Persons, true),
        new("st_staff", "科技人员数", FactType.Number, Unit.Persons, true, PartOf: "staff"),
        new("conversions", "科技成果转化数", FactType.Number, Unit.Items, true),
        new("ip_class1", "Ⅰ类知识产权数", FactType.Number, Unit.Items, false),
        new("ip_class2", "Ⅱ类知识产权数", FactType.Number, Unit.Items, false),
        new("established", "成立（注册）日期", FactType.Date, Unit.None, false),
        new("tech_sme_since", "科技型中小企业入库日期", FactType.Date, Unit.None, false),
        new("holds_tech_sme", "持有科技型中小企业入库编号", FactType.Boolean, Unit.None, false),
        new("holds_high_tech", "持有有效高新技术企业证书", FactType.Boolean, Unit.None, false),
        new("resident_enterprise", "在中国境内（不含港澳台）注册的居民企业", FactType.Boolean, Unit.None, false),
        new("restricted_industry", "属于国家禁止、限制和淘汰类行业", FactType.Boolean, Unit.None, false),
        new("no_major_violation", "未发生重大安全、质量事故或严重违法行为", FactType.Boolean, Unit.None, false),
        new("listed_abnormal", "列入经营异常名录或严重违法失信名单", FactType.Boolean, Unit.None, false),
        new("sound_accounts", "财务核算健全并实行查账征收", FactType.Boolean, Unit.None, false),
        new("has_core_ip", "拥有对主要产品（服务）发挥核心支持作用的知识产权", FactType.Boolean, Unit.None, false),
        new("in_hightech_field", "主要技术属于《国家重点支持的高新技术领域》", FactType.Boolean, Unit.None, false),
        new("has_rd_unit", "设有研发机构", FactType.Boolean, Unit.None, false),
        new("national_award_5y", "近五年获国家级科技奖励（前三名完成单位）", FactType.Boolean, Unit.None, false),
        new("provincial_rd_institution", "拥有省部级以上研发机构", FactType.Boolean, Unit.None, false),
        new("led_standard_5y", "近五年主导制定国际、国家或行业标准", FactType.Boolean, Unit.None, false),
        new("newly_high_tech", "评价年度内首次认定为高新技术企业", FactType.Boolean, Unit.None, false),
        new("newly_little_giant", "评价年度内首次认定为科技小巨人", FactType.Boolean, Unit.None, false),
    ];

    private static readonly Dictionary<string, int> FirstSlot = BuildSlots();

    public static int SlotCount { get; } = All.Sum(f => f.Annual ? YearsKept : 1);

    public static FactDefinition? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The slot of name[y-yearsBack] (or of name for a non-annual fact).</summary>
    public static int SlotOf(string name, int yearsBack) => FirstSlot[name] + yearsBack;

    /// <summary>Which fact and year a slot holds, for "缺少 2024 年 研发费用" messages.</summary>
    public static (FactDefinition Fact, int YearsBack) Describe(int slot)
    {
        foreach (var fact in All)
        {
            var first = FirstSlot[fact.Name];
            var width = fact.Annual ? YearsKept : 1;
            if (slot >= first && slot < first + width)
            {
                return (fact, slot - first);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(slot));
    }

    private static Dictionary<string, int> BuildSlots()
    {
        var slots = new Dictionary<string, int>();
        var count = 0;
        foreach (var fact in All)
        {
            slots[fact.Name] = count;
            count += fact.Annual ? YearsKept : 1;
        }

        return slots;
    }
}
