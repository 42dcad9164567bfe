using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Modules.Accounts.Domain;

public sealed class AppRole : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";
}
