using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Market.Search;

namespace Kechuang.Web.Modules.Market.Features.Search;

/// <summary>The index's state for administrators (documents, last rebuild, pending changes) and the rebuild button.</summary>
public static class ManageIndex
{
    public sealed record State(string Path, int Documents, long LastChangeId, DateTimeOffset? RebuiltAt, int PendingChanges);

    public sealed class Handler(IndexUpdater updater, CurrentUser user)
    {
        public async Task<State> Get(CancellationToken ct)
        {
            user.Demand(Permissions.MarketIndexManage);
            var (state, pending) = await updater.StateAsync(ct);
            return new State(state.Path, state.Documents, state.LastChangeId, state.RebuiltAt, pending);
        }

        public async Task<State> Rebuild(CancellationToken ct)
        {
            user.Demand(Permissions.MarketIndexManage);
            await updater.RebuildAsync(ct);
            return await Get(ct);
        }
    }
}
