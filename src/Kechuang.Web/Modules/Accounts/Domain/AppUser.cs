using Kechuang.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Modules.Accounts.Domain;

public sealed class AppUser : IdentityUser<Guid>, IAudited
{
    public string DisplayName { get; set; } = "";

    public AccountStatus Status { get; set; } = AccountStatus.Active;

    /// <summary>科室 of a bureau staff member.</summary>
    public Guid? DepartmentId { get; set; }

    /// <summary>The unit (university, bank, service body …) an expert or institution user belongs to.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The one enterprise an enterprise user acts for.</summary>
    public Guid? EnterpriseId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public enum AccountStatus
{
    Active,
    PendingApproval,
    Rejected,
    Disabled,
}
