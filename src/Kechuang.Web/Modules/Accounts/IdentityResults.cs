using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Modules.Accounts;

public static class IdentityResults
{
    /// <summary>Identity errors as field errors: duplicate names go to the user name, the rest to the password.</summary>
    public static Dictionary<string, string[]> FieldErrors(this IdentityResult result) =>
        result.Errors.GroupBy(e => e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : e.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "password")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
