using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Organisation.Contracts;
using Kechuang.Web.Modules.Organisation.Features;

namespace Kechuang.Web.Modules.Organisation;

public static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        services.AddScoped<OrganisationDirectory>().AddScoped<GridAssignments>();

    public static void MapOrganisation(this IEndpointRouteBuilder routes)
    {
        var g = routes.MapGroup("/api/v1/organisation").WithTags("组织机构");
        g.MapGet("/districts", async (OrganisationDirectory d, CancellationToken ct) => TypedResults.Ok(await d.DistrictsAsync(ct)))
            .RequireAuthorization().WithSummary("本市区县（GB/T 2260）");
        g.MapGet("/grids", async (OrganisationDirectory d, CancellationToken ct) => TypedResults.Ok(await d.GridsAsync(ct)))
            .RequireAuthorization().WithSummary("网格");
        g.MapGet("/", async (ListOrganisation.Handler h, CancellationToken ct) => TypedResults.Ok(await h.Handle(ct)))
            .RequireAuthorization(Permissions.OrganisationManage).WithSummary("组织机构总览：区县、科室、单位、网格及网格员");
    }
}
