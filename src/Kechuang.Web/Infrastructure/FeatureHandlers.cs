namespace Kechuang.Web.Infrastructure;

public static class FeatureHandlers
{
    /// <summary>
    /// Registers every slice's nested <c>Handler</c> class (one use case per file, see STYLE.md) as scoped,
    /// so adding a slice needs no registration line.
    /// </summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        var handlers = typeof(FeatureHandlers).Assembly.GetTypes()
            .Where(t => t is { Name: "Handler", IsClass: true, IsAbstract: false, DeclaringType: not null }
                        && t.Namespace?.StartsWith("Kechuang.Web.Modules", StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }

        return services;
    }
}
