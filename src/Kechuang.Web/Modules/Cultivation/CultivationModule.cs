namespace Kechuang.Web.Modules.Cultivation;

public static class CultivationModule
{
    public static IServiceCollection AddCultivation(this IServiceCollection services) => services.AddScoped<LadderAssessor>();

    public static void MapCultivation(this IEndpointRouteBuilder routes)
    {
        _ = routes;
    }
}
