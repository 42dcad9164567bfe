namespace Kechuang.Web.Infrastructure.Auth;

/// <summary>Which enterprises a user may see. Enforced in the server-side query, for pages and API alike.</summary>
public enum DataScope
{
    None,
    Own,
    Grids,
    All,
}
