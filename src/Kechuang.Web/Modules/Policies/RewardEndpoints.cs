namespace Kechuang.Web.Modules.Policies;

/// <summary>Recognition rewards and their payment batches API.</summary>
internal static class RewardEndpoints
{
    public static void MapRewardEndpoints(this IEndpointRouteBuilder routes)
    {
        _ = routes;
    }
}
