using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>Who may do what with subsidy batches, and the module's shared little rules.</summary>
public static class SubsidyBatches
{
    /// <summary>Staff manage every batch; a firm's own users may declare for their firm.</summary>
    public static bool IsFirmUser(CurrentUser user) =>
        !user.Has(Permissions.SubsidiesManage) && user.Has(Permissions.EnterprisesEdit) && user.Scope == DataScope.Own && user.EnterpriseId is not null;

    public static void DemandDeclare(CurrentUser user)
    {
        if (!user.Has(Permissions.SubsidiesManage) && !IsFirmUser(user))
        {
            throw new UnauthorizedAccessException(Permissions.SubsidiesManage);
        }
    }

    public static string StatusName(SubsidyBatchStatus s) => s switch
    {
        SubsidyBatchStatus.Open => "申报中",
        SubsidyBatchStatus.Computed => "已核算",
        SubsidyBatchStatus.Approved => "已审批",
        _ => s.ToString(),
    };
}
