using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.GridService.Domain;

/// <summary>The Chinese names of the grid service's terms, in one place for pages, exports and messages.</summary>
public static class GridTerms
{
    public static string Name(VisitKind k) => k switch
    {
        VisitKind.Visit => "走访",
        VisitKind.Phone => "电话",
        VisitKind.Training => "培训",
        VisitKind.Briefing => "政策宣讲",
        _ => k.ToString(),
    };

    public static string Name(NeedCategory c) => c switch
    {
        NeedCategory.Technology => "技术",
        NeedCategory.Talent => "人才",
        NeedCategory.Finance => "资金",
        NeedCategory.Policy => "政策",
        NeedCategory.Market => "市场",
        NeedCategory.Space => "场地",
        NeedCategory.Other => "其他",
        _ => c.ToString(),
    };

    public static string Name(NeedUrgency u) => u switch
    {
        NeedUrgency.Normal => "一般",
        NeedUrgency.Urgent => "较急",
        NeedUrgency.Critical => "紧急",
        _ => u.ToString(),
    };

    public static string Name(NeedStatus s) => s switch
    {
        NeedStatus.Accepted => "已受理",
        NeedStatus.InProgress => "办理中",
        NeedStatus.Resolved => "已解决",
        NeedStatus.Unresolvable => "无法解决",
        _ => s.ToString(),
    };

    public static string Name(SupportKind k) => k switch
    {
        SupportKind.RdExpenseTraining => "研发投入归集培训",
        SupportKind.ApplicationHelp => "申报辅导",
        SupportKind.PolicyBriefing => "政策宣讲",
        _ => k.ToString(),
    };

    public static string TierName(int? tier) => tier switch
    {
        (int)QualificationLevel.HighTech => "高新技术企业",
        (int)QualificationLevel.LittleGiant => "科技小巨人",
        (int)QualificationLevel.TechSme => "科技型中小企业",
        (int)QualificationLevel.MicroTech => "科技型小微企业",
        _ => "未入梯队企业",
    };
}
