namespace Kechuang.Web.Modules.Policies;

/// <summary>The policy catalogue (政策库) and fulfilment (政策兑现) API.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder routes)
    {
        _ = routes;
    }
}
