using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.Organisation;

public static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        services.AddScoped<OrganisationDirectory>().AddScoped<GridAssignments>();
}
