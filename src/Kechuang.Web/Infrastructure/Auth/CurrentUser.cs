using System.Security.Claims;

namespace Kechuang.Web.Infrastructure.Auth;

/// <summary>
/// The user on whose behalf the current scope works. HTTP requests set it from the authenticated
/// principal (middleware); Blazor work pages set it for each operation's scope (<see cref="Ui.WorkPage"/>).
/// Background work leaves it empty and is recorded as 系统.
/// </summary>
public sealed class CurrentUser
{
    public const string EnterpriseIdClaim = "enterprise_id";
    public const string DisplayNameClaim = "display_name";

    public ClaimsPrincipal Principal { get; private set; } = new(new ClaimsIdentity());

    public void Set(ClaimsPrincipal principal) => Principal = principal;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => Principal.FindFirstValue(DisplayNameClaim) ?? Principal.Identity?.Name ?? "系统";

    public Guid? EnterpriseId => Guid.TryParse(Principal.FindFirstValue(EnterpriseIdClaim), out var id) ? id : null;

    public bool Has(string permission) => Principal.HasClaim(Permissions.ClaimType, permission);

    /// <summary>Throws (answered as 403) unless the user holds the permission.</summary>
    public void Demand(string permission)
    {
        if (!Has(permission))
        {
            throw new UnauthorizedAccessException(permission);
        }
    }

    public DataScope Scope =>
        Has(Permissions.ScopeAll) ? DataScope.All
        : Has(Permissions.ScopeGrids) ? DataScope.Grids
        : Has(Permissions.ScopeOwn) ? DataScope.Own
        : DataScope.None;
}
