using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Infrastructure.Auth;

/// <summary>Turns a policy name that is a permission ("enterprises.read") into a requirement on the permission claim.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        Permissions.Names.ContainsKey(policyName)
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(Permissions.ClaimType, policyName).Build()
            : await base.GetPolicyAsync(policyName);
}
