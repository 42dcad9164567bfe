namespace Kechuang.Web.Infrastructure.Auth;

/// <summary>
/// Every permission in the system. Roles hold permissions as role claims (editable by administrators);
/// endpoints and pages require permissions, never role names.
/// </summary>
public static class Permissions
{
    public const string ClaimType = "permission";

    public const string EnterprisesRead = "enterprises.read";
    public const string EnterprisesCreate = "enterprises.create";
    public const string EnterprisesEdit = "enterprises.edit";
    public const string EnterprisesDelete = "enterprises.delete";
    public const string EnterprisesImport = "enterprises.import";
    public const string EnterprisesExport = "enterprises.export";
    public const string QualificationsEdit = "qualifications.edit";
    public const string RegistrationsApprove = "registrations.approve";
    public const string OrganisationManage = "organisation.manage";
    public const string UsersManage = "users.manage";
    public const string AuditRead = "audit.read";
    public const string CultivationRead = "cultivation.read";
    public const string CultivationManage = "cultivation.manage";
    public const string PoliciesManage = "policies.manage";
    public const string FulfilmentConfirm = "fulfilment.confirm";
    public const string RewardsManage = "rewards.manage";
    public const string RewardsApprove = "rewards.approve";
    public const string ExpertsManage = "experts.manage";
    public const string SubsidiesManage = "subsidies.manage";
    public const string SubsidiesApprove = "subsidies.approve";
    public const string ProgrammesManage = "programmes.manage";
    public const string ProgrammesApply = "programmes.apply";
    public const string ReviewsScore = "reviews.score";
    public const string VouchersManage = "vouchers.manage";
    public const string VouchersApply = "vouchers.apply";
    public const string VouchersRedeem = "vouchers.redeem";
    public const string TechContractsRegister = "techcontracts.register";
    public const string TechContractsManage = "techcontracts.manage";
    public const string MarketDemandsPost = "market.demands.post";
    public const string MarketPublish = "market.publish";
    public const string MarketManage = "market.manage";
    public const string MarketIndexManage = "market.index.manage";
    public const string GridVisit = "grid.visit";
    public const string GridManage = "grid.manage";
    public const string NeedsHandle = "needs.handle";
    public const string NeedsRate = "needs.rate";
    public const string RoadshowsManage = "roadshows.manage";
    public const string RoadshowsAttend = "roadshows.attend";
    public const string ChallengesManage = "challenges.manage";
    public const string ChallengesBid = "challenges.bid";

    // Data scopes are permissions too: the widest one a user holds decides which enterprises they see.
    public const string ScopeAll = "scope.all";
    public const string ScopeGrids = "scope.grids";
    public const string ScopeOwn = "scope.own";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [EnterprisesRead] = "查看企业",
        [EnterprisesCreate] = "新增企业",
        [EnterprisesEdit] = "编辑企业及年度数据",
        [EnterprisesDelete] = "删除企业",
        [EnterprisesImport] = "导入企业",
        [EnterprisesExport] = "导出企业",
        [QualificationsEdit] = "维护企业资质",
        [RegistrationsApprove] = "审核企业注册",
        [OrganisationManage] = "维护组织机构与网格",
        [UsersManage] = "管理用户与角色",
        [AuditRead] = "查看审计日志",
        [CultivationRead] = "查看培育评价（梯队、差距）",
        [CultivationManage] = "管理培育库（入库、出库）",
        [PoliciesManage] = "维护政策库与规则",
        [FulfilmentConfirm] = "确认政策兑现（免申即享）",
        [RewardsManage] = "编制奖励拨付批次",
        [RewardsApprove] = "审批奖励拨付批次",
        [ExpertsManage] = "管理专家库",
        [SubsidiesManage] = "管理研发后补助批次（公式、申报、核算）",
        [SubsidiesApprove] = "审批研发后补助批次",
        [ProgrammesManage] = "管理科技计划项目（指南、形式审查、评审、立项、验收）",
        [ProgrammesApply] = "申报科技计划项目",
        [ReviewsScore] = "评审分配给本人的项目",
        [VouchersManage] = "管理科技创新券（批次、兑付审核、拨付、对账）",
        [VouchersApply] = "申领和使用科技创新券",
        [VouchersRedeem] = "以服务机构身份兑付科技创新券",
        [TechContractsRegister] = "申请技术合同登记（本企业为卖方）",
        [TechContractsManage] = "办理技术合同认定登记（登记、变更、注销、统计）",
        [MarketDemandsPost] = "发布技术需求（本企业或本人网格内企业）",
        [MarketPublish] = "发布科技成果与服务",
        [MarketManage] = "管理技术市场（审核需求、推送对接、记录洽谈）",
        [MarketIndexManage] = "管理搜索索引（查看状态、重建）",
        [GridVisit] = "走访本人网格内企业、记录需求（网格员）",
        [GridManage] = "管理网格服务（全部需求、驾驶舱、办理时限、走访频次、企业分配）",
        [NeedsHandle] = "办理转给本科室或本单位的企业需求",
        [NeedsRate] = "查看本企业的需求并评价办理",
        [RoadshowsManage] = "管理路演（发布、项目、签到、后续成效）",
        [RoadshowsAttend] = "报名参加路演（本企业或本单位）",
        [ChallengesManage] = "管理揭榜挂帅（发榜、指派专家、选定揭榜方、登记结果）",
        [ChallengesBid] = "揭榜（以本企业或本单位提交方案）",
        [ScopeAll] = "数据范围：全部企业",
        [ScopeGrids] = "数据范围：本人网格内企业",
        [ScopeOwn] = "数据范围：本企业",
    };
}
