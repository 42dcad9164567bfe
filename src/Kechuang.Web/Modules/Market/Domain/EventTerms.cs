namespace Kechuang.Web.Modules.Market.Domain;

/// <summary>The Chinese names of the roadshow and challenge-list states and kinds.</summary>
public static class EventTerms
{
    public static string Name(RoadshowStatus s) => s switch
    {
        RoadshowStatus.Draft => "草稿",
        RoadshowStatus.Published => "已发布",
        RoadshowStatus.Cancelled => "已取消",
        _ => s.ToString(),
    };

    public static string Name(OutcomeKind k) => k switch
    {
        OutcomeKind.IntendedInvestment => "意向投资",
        OutcomeKind.Invested => "已投资",
        OutcomeKind.TechCooperation => "技术合作",
        OutcomeKind.NoFollowUp => "无后续",
        _ => k.ToString(),
    };

    public static string Name(ChallengeStatus s) => s switch
    {
        ChallengeStatus.Draft => "草稿",
        ChallengeStatus.Published => "已发布",
        ChallengeStatus.Judging => "评选中",
        ChallengeStatus.Awarded => "已揭榜",
        ChallengeStatus.Completed => "已完成",
        ChallengeStatus.Failed => "未完成",
        ChallengeStatus.Unbid => "流榜",
        _ => s.ToString(),
    };

    public static string Name(ParticipantKind k) => k switch
    {
        ParticipantKind.Enterprise => "企业",
        ParticipantKind.Unit => "单位",
        _ => k.ToString(),
    };

    public static string Name(RaterRole r) => r switch
    {
        RaterRole.Expert => "评选专家",
        RaterRole.Firm => "发榜企业",
        _ => r.ToString(),
    };

    /// <summary>A roadshow's state as people say it: a published one that has started is 已举办.</summary>
    public static string State(RoadshowStatus s, DateTimeOffset startsAt, DateTimeOffset now) =>
        s == RoadshowStatus.Published && now >= startsAt ? "已举办" : Name(s);
}
