using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Enterprises.Contracts;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>For staff registering on a firm's behalf: the firm by its 统一社会信用代码.</summary>
public static class FindSeller
{
    public sealed class Handler(CurrentUser user, EnterpriseRegistry registry)
    {
        public Task<EnterpriseRef?> Handle(string creditCode, CancellationToken ct)
        {
            user.Demand(Permissions.TechContractsManage);
            return registry.FindByCreditCodeAsync(creditCode, ct);
        }
    }
}
