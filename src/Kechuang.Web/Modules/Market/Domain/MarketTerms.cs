namespace Kechuang.Web.Modules.Market.Domain;

public enum DemandStatus
{
    Submitted = 1, // 待审核
    Published = 2, // 已发布
    Returned = 3,  // 已退回
    Closed = 4,    // 已关闭
}

public enum OwnerKind
{
    University = 1,  // 高校
    Institute = 2,   // 科研院所
    Enterprise = 3,  // 企业
    ServiceBody = 4, // 服务机构
}

public enum Maturity
{
    Research = 1,        // 研发
    Pilot = 2,           // 小试
    Intermediate = 3,    // 中试
    Industrialised = 4,  // 产业化
}

public enum TransferMode
{
    Assignment = 1,   // 转让
    Licence = 2,      // 许可
    Equity = 3,       // 作价入股
    Cooperation = 4,  // 合作开发
}

public enum ServiceKind
{
    Testing = 1,     // 检验检测
    Design = 2,      // 研发设计
    Consulting = 3,  // 技术咨询
}

/// <summary>对接 stages, in order: each later stage implies the earlier ones (the funnel counts "reached at least").</summary>
public enum MatchStage
{
    Matched = 1,      // 已推送
    Contacted = 2,    // 已联系
    Negotiating = 3,  // 洽谈中
    Contract = 4,     // 已签约
    Closed = 5,       // 未成交关闭
}

public enum CandidateKind
{
    Achievement = 1,
    Expert = 2,
    Service = 3,
}

public static class MarketTerms
{
    public static string Name(DemandStatus s) => s switch
    {
        DemandStatus.Submitted => "待审核",
        DemandStatus.Published => "已发布",
        DemandStatus.Returned => "已退回",
        DemandStatus.Closed => "已关闭",
    };

    public static string Name(OwnerKind k) => k switch
    {
        OwnerKind.University => "高校",
        OwnerKind.Institute => "科研院所",
        OwnerKind.Enterprise => "企业",
        OwnerKind.ServiceBody => "服务机构",
    };

    public static string Name(Maturity m) => m switch
    {
        Maturity.Research => "研发",
        Maturity.Pilot => "小试",
        Maturity.Intermediate => "中试",
        Maturity.Industrialised => "产业化",
    };

    public static string Name(TransferMode t) => t switch
    {
        TransferMode.Assignment => "转让",
        TransferMode.Licence => "许可",
        TransferMode.Equity => "作价入股",
        TransferMode.Cooperation => "合作开发",
    };

    public static string Name(ServiceKind k) => k switch
    {
        ServiceKind.Testing => "检验检测",
        ServiceKind.Design => "研发设计",
        ServiceKind.Consulting => "技术咨询",
    };

    public static string Name(MatchStage s) => s switch
    {
        MatchStage.Matched => "已推送",
        MatchStage.Contacted => "已联系",
        MatchStage.Negotiating => "洽谈中",
        MatchStage.Contract => "已签约",
        MatchStage.Closed => "未成交关闭",
    };

    public static string Name(CandidateKind k) => k switch
    {
        CandidateKind.Achievement => "科技成果",
        CandidateKind.Expert => "专家",
        CandidateKind.Service => "服务机构",
    };
}
