namespace Kechuang.Web.Modules.Enterprises.Contracts;

public static class EnterprisesContracts
{
    public static IServiceCollection AddEnterpriseContracts(this IServiceCollection services) => services.AddScoped<EnterpriseRegistry>().AddScoped<EnterpriseOverview>().AddScoped<EnterpriseFacts>().AddScoped<EnterpriseDeclarations>();
}
