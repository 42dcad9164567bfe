using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Kechuang.Web.Components;
using Kechuang.Web.Demo;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Documents;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts;
using Kechuang.Web.Modules.Audit;
using Kechuang.Web.Modules.Cultivation;
using Kechuang.Web.Modules.Enterprises;
using Kechuang.Web.Modules.Enterprises.Features;
using Kechuang.Web.Modules.GridService;
using Kechuang.Web.Modules.Jobs;
using Kechuang.Web.Modules.Market;
using Kechuang.Web.Modules.Notifications;
using Kechuang.Web.Modules.Organisation;
using Kechuang.Web.Modules.Policies;
using Kechuang.Web.Modules.Programmes;
using Kechuang.Web.Modules.Subsidies;
using Kechuang.Web.Modules.TechContracts;
using Kechuang.Web.Modules.Vouchers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using MudBlazor.Services;
using Scalar.AspNetCore;

var zh = CultureInfo.GetCultureInfo("zh-CN");
CultureInfo.DefaultThreadCurrentCulture = zh;
CultureInfo.DefaultThreadCurrentUICulture = zh;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;

// Chinese must reach the page as characters, not &#x...; entities (TOOLCHAIN.md).
services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new NulFreeStringConverter()); // PostgreSQL cannot store \u0000
});
services.AddSingleton(TimeProvider.System);
services.AddMemoryCache();
services.AddHttpContextAccessor();
services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemExceptionHandler.InChinese);
services.AddExceptionHandler<ProblemExceptionHandler>();
services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // bad JSON → the handler's Chinese 400
services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = ImportEnterprises.MaxFileBytes + 1024 * 1024);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ImportEnterprises.MaxFileBytes + 1024 * 1024);
services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "科创 Kechuang API";
    doc.Info.Description = "科技局业务平台接口。先调用 POST /api/v1/accounts/token 取得令牌，再以 Authorization: Bearer <令牌> 访问。所有错误均以 ProblemDetails 返回中文说明。";
    return Task.CompletedTask;
}));

services.AddDatabase(builder.Configuration, builder.Environment);
services.AddDocumentTemplates(builder.Configuration);
// Sign-in cookies and API tokens stay valid across restarts and across instances that share the database.
services.AddDataProtection().SetApplicationName("Kechuang").PersistKeysToDbContext<AppDbContext>();
services.AddScoped<CurrentUser>();
services.AddAccounts();
services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
services.AddAuthorization();
services.AddCascadingAuthenticationState();
services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
services.AddOrganisation();
services.AddEnterprises();
services.AddPolicies();
services.AddCultivation();
services.AddNotifications();
services.AddProgrammes();
services.AddSubsidies();
services.AddVouchers();
services.AddTechContracts(builder.Configuration);
services.AddMarket(builder.Configuration, builder.Environment);
services.AddGridService();
services.AddMarketEvents();
services.AddJobs(builder.Configuration, builder.Environment); // after the modules: it schedules the recurring jobs they added
services.AddFeatureHandlers();
services.AddScoped<DemoCity>();

services.AddRazorComponents().AddInteractiveServerComponents();
services.AddMudServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseAuthentication();
app.UseBearerTokenRevocation();
app.UseCurrentUser();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGet("/healthz", () => TypedResults.Text("ok")).AllowAnonymous().ExcludeFromDescription(); // liveness probe, and the benchmark's ceiling
app.MapOpenApi();
app.MapScalarApiReference("/api-docs", o => o.WithTitle("科创 Kechuang API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());
app.MapAccounts();
app.MapAccountPages();
app.MapOrganisation();
app.MapEnterprises();
app.MapAudit();
app.MapPolicies();
app.MapCultivation();
app.MapProgrammes();
app.MapSubsidies();
app.MapVouchers();
app.MapTechContracts();
app.MapMarket();
app.MapGridService();
app.MapRoadshows();
app.MapChallenges();
app.MapJobs();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.Services.MigrateDatabaseAsync();
await app.Services.SeedAsync(app.Configuration);

await app.RunAsync();

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
