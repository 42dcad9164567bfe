namespace Kechuang.Web.Modules.Accounts;

public static class AccountPages
{
    /// <summary>Logout is a POST (a link could be triggered by any page); the login page itself is a static Razor page.</summary>
    public static void MapAccountPages(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/account/logout", async (AppSignInManager signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login?loggedOut=1");
        }).ExcludeFromDescription();
}
