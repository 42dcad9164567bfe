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
        [ScopeAll] = "数据范围：全部企业",
        [ScopeGrids] = "数据范围：本人网格内企业",
        [ScopeOwn] = "数据范围：本企业",
    };
}
