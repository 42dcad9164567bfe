using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
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

    /// <summary>
    /// Declarations change only until the batch is approved (409), and a firm's own users only until the deadline,
    /// inclusive, Beijing date (422); staff may still enter or correct a declaration after it.
    /// </summary>
    public static void EnsureOpenFor(SubsidyBatch batch, bool firmUser, DateOnly today, string action)
    {
        batch.EnsureNotApproved(action == "申报" ? "再增加申报" : action + "申报");
        if (firmUser && today > batch.DeclarationDeadline)
        {
            throw new DomainRuleException($"申报已于 {batch.DeclarationDeadline:yyyy-MM-dd} 截止，不能再{action}。如有特殊情况请联系科技局");
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
