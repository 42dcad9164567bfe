namespace Kechuang.Web.Infrastructure.Auth;

public static class CurrentUserMiddleware
{
    /// <summary>Hands the request's authenticated principal to the scope's <see cref="CurrentUser"/>.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.RequestServices.GetRequiredService<CurrentUser>().Set(http.User);
            await next(http);
        });
}
