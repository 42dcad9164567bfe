using P = Kechuang.Web.Infrastructure.Auth.Permissions;

namespace Kechuang.Web.Modules.Accounts.Domain;

/// <summary>The seven roles and the permissions each starts with. Administrators can change the permissions later.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string GridOfficer = "grid-officer";
    public const string Enterprise = "enterprise";
    public const string Expert = "expert";
    public const string ServiceBody = "service-body";
    public const string Financier = "financier";

    public sealed record Definition(string Name, string DisplayName, string Description, string[] Permissions);

    public static readonly IReadOnlyList<Definition> All =
    [
        new(Admin, "系统管理员", "管理用户、角色、组织机构与审计日志",
            [P.UsersManage, P.OrganisationManage, P.AuditRead, P.EnterprisesRead, P.EnterprisesExport, P.ScopeAll, P.MarketIndexManage]),
        new(Staff, "科技局工作人员", "按科室办理业务，审核、评审与兑付",
            [P.EnterprisesRead, P.EnterprisesCreate, P.EnterprisesEdit, P.EnterprisesDelete, P.EnterprisesImport,
             P.EnterprisesExport, P.QualificationsEdit, P.RegistrationsApprove, P.ScopeAll,
             P.SubsidiesManage, P.SubsidiesApprove,
             P.CultivationRead, P.CultivationManage, P.PoliciesManage, P.FulfilmentConfirm, P.RewardsManage, P.RewardsApprove, P.ExpertsManage, P.ProgrammesManage,
             P.VouchersManage, P.TechContractsManage, P.MarketDemandsPost, P.MarketPublish, P.MarketManage, P.MarketIndexManage,
             P.GridManage, P.NeedsHandle, P.RoadshowsManage, P.ChallengesManage]),
        new(GridOfficer, "网格员", "走访本人网格内的企业，收集需求，协助申报",
            [P.EnterprisesRead, P.EnterprisesEdit, P.EnterprisesExport, P.ScopeGrids, P.CultivationRead, P.MarketDemandsPost, P.GridVisit]),
        new(Enterprise, "企业用户", "维护本企业信息与年度数据，申报项目",
            [P.EnterprisesRead, P.EnterprisesEdit, P.ScopeOwn, P.CultivationRead, P.ProgrammesApply, P.VouchersApply, P.TechContractsRegister, P.MarketDemandsPost, P.MarketPublish,
             P.RoadshowsAttend, P.ChallengesBid, P.NeedsRate]),
        new(Expert, "评审专家", "仅评审分配给本人的项目", [P.ReviewsScore]),
        new(ServiceBody, "服务机构", "发布成果与服务，兑付创新券，报送载体数据", [P.VouchersRedeem, P.MarketPublish, P.RoadshowsAttend, P.ChallengesBid, P.NeedsHandle]),
        new(Financier, "金融机构", "处理向本机构提出的贷款申请，参加路演对接项目", [P.RoadshowsAttend, P.NeedsHandle]),
    ];

    public static string DisplayNameOf(string role) => All.FirstOrDefault(r => r.Name == role)?.DisplayName ?? role;
}
