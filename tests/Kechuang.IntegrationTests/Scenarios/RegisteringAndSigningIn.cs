using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Accounts;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Accounts.Features;
using Kechuang.Web.Modules.Enterprises.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>Self-registration waits for staff approval; wrong passwords lock an account.</summary>
public abstract class RegisteringAndSigningIn(ProviderApp app)
{
    private const string Password = "Qiye2026abc";

    [Fact]
    public async Task Registered_firm_signs_in_only_after_staff_approval_and_then_sees_only_its_firm()
    {
        var userName = "reg" + Guid.NewGuid().ToString("N")[..10];
        var firm = TestData.Enterprise(TestData.Xingqing, TestData.UniqueName("自主注册"));
        var registered = await RegisterAsync(firm, userName);
        Assert.Equal("注册申请已提交，科技局审核通过后即可登录", registered.Message);

        var pending = (await app.Shared.TryLoginAsync(userName, Password)).Problem(HttpStatusCode.Unauthorized);
        Assert.Equal("账号正在等待科技局审核，审核通过后即可登录", pending.Detail);
        var staff = await app.Shared.As("staff");
        Assert.Equal(0, (await staff.GetAsync($"/api/v1/enterprises?search={firm.CreditCode}")).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>().Total);

        // Approval has no API yet: staff approve through the handler the pages use.
        var approved = await app.Shared.AsUserInScopeAsync("staff", sp =>
            sp.GetRequiredService<DecideRegistration.Handler>().ApproveAsync(registered.Id, TestContext.Current.CancellationToken));
        Assert.True(approved);

        var token = await app.Shared.LoginAsync(userName, Password);
        var client = app.Shared.Anonymous();
        var me = (await client.SendAsync(Bearer(HttpMethod.Get, "/api/v1/accounts/me", token))).Is(HttpStatusCode.OK).Json<AccountsModule.Me>();
        var list = (await client.SendAsync(Bearer(HttpMethod.Get, "/api/v1/enterprises?pageSize=200", token))).Is(HttpStatusCode.OK).Json<ListEnterprises.Page>();
        Assert.Equal(("Own", "赵六"), (me.Scope, me.Name));
        var only = Assert.Single(list.Items);
        Assert.Equal(1, list.Total);
        Assert.Equal((me.EnterpriseId, firm.Name, firm.CreditCode, firm.DistrictCode), (only.Id, only.Name, only.CreditCode, only.DistrictCode));
    }

    [Fact]
    public async Task Approving_twice_is_refused()
    {
        var userName = "reg" + Guid.NewGuid().ToString("N")[..10];
        var firm = TestData.Enterprise();
        var id = (await RegisterAsync(firm, userName)).Id;
        Task<bool> Approve() => app.Shared.AsUserInScopeAsync("staff", sp =>
            sp.GetRequiredService<DecideRegistration.Handler>().ApproveAsync(id, TestContext.Current.CancellationToken));

        Assert.True(await Approve());
        var error = await Record.ExceptionAsync(Approve);

        Assert.Equal("该注册申请已处理，不能重复审核", error?.Message);
    }

    [Fact]
    public async Task Only_staff_may_approve_registrations()
    {
        var error = await Record.ExceptionAsync(() => app.Shared.AsUserInScopeAsync("grid01", sp =>
            sp.GetRequiredService<DecideRegistration.Handler>().ApproveAsync(Guid.NewGuid(), TestContext.Current.CancellationToken)));

        Assert.IsType<UnauthorizedAccessException>(error);
    }

    [Fact]
    public async Task Registration_checks_the_credit_code_and_the_passwords()
    {
        var firm = TestData.Enterprise();
        var reply = await app.Shared.Anonymous().PostAsync("/api/v1/accounts/register", new
        {
            enterpriseName = firm.Name,
            creditCode = TestData.WithWrongCheckCharacter(firm.CreditCode),
            districtCode = firm.DistrictCode,
            contactPerson = "赵六",
            contactPhone = "0951-7654321",
            userName = "reg" + Guid.NewGuid().ToString("N")[..10],
            password = Password,
            confirmPassword = Password + "x",
        });

        var problem = reply.Problem(HttpStatusCode.BadRequest);
        Assert.Contains("校验位错误", Assert.Single(problem.ErrorsOf("creditCode")), StringComparison.Ordinal);
        Assert.Equal(["两次输入的密码不一致"], problem.ErrorsOf("confirmPassword"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var userName = await NewActiveUserAsync();
        var messages = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            messages.Add((await app.Shared.TryLoginAsync(userName, "Wrong-password-1")).Problem(HttpStatusCode.Unauthorized).Detail);
        }

        var sixth = (await app.Shared.TryLoginAsync(userName, AppFactory.Password)).Problem(HttpStatusCode.Unauthorized);

        Assert.Equal(
            ["用户名或密码错误，再错 4 次账号将被锁定", "用户名或密码错误，再错 3 次账号将被锁定", "用户名或密码错误，再错 2 次账号将被锁定", "用户名或密码错误，再错 1 次账号将被锁定"],
            messages.Take(4));
        Assert.Contains("锁定", messages[4], StringComparison.Ordinal);
        Assert.Equal("登录失败", sixth.Title);
        Assert.Matches("^连续登录失败次数过多，账号已锁定，请 1[45] 分钟后再试$", sixth.Detail);
    }

    [Fact]
    public async Task Staff_approve_and_reject_registrations_through_the_api()
    {
        var staff = await app.Shared.As("staff");
        var approvedId = (await RegisterAsync(TestData.Enterprise())).Id;
        var rejectedId = (await RegisterAsync(TestData.Enterprise())).Id;

        (await staff.PostAsync($"/api/v1/accounts/registrations/{approvedId}/approve", new { })).Is(HttpStatusCode.NoContent);
        var noReason = (await staff.PostAsync($"/api/v1/accounts/registrations/{rejectedId}/reject", new { reason = " " })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/accounts/registrations/{rejectedId}/reject", new { reason = "营业执照信息不符" })).Is(HttpStatusCode.NoContent);
        var again = (await staff.PostAsync($"/api/v1/accounts/registrations/{approvedId}/approve", new { })).Problem(HttpStatusCode.Conflict);
        (await (await app.Shared.As("qiye")).PostAsync($"/api/v1/accounts/registrations/{rejectedId}/approve", new { })).Is(HttpStatusCode.Forbidden);

        Assert.Equal(["请填写退回原因"], noReason.ErrorsOf("reason"));
        Assert.Equal("该注册申请已处理，不能重复审核", again.Detail);
        var rejected = (await staff.GetAsync("/api/v1/accounts/registrations?status=Rejected")).Is(HttpStatusCode.OK).Json<List<DecideRegistration.Row>>();
        Assert.Equal("营业执照信息不符", rejected.Single(r => r.Id == rejectedId).RejectionReason);
    }

    [Fact]
    public async Task A_token_dies_when_its_password_is_reset_or_its_account_disabled()
    {
        var firstUser = await NewActiveUserAsync();
        var secondUser = await NewActiveUserAsync();
        var firstToken = await app.Shared.LoginAsync(firstUser, AppFactory.Password);
        var secondToken = await app.Shared.LoginAsync(secondUser, AppFactory.Password);
        var client = app.Shared.Anonymous();

        await app.Shared.AsUserInScopeAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await sp.GetRequiredService<ResetPassword.Handler>().Handle((await users.FindByNameAsync(firstUser))!.Id, "Another2026pass");
            var second = (await users.FindByNameAsync(secondUser))!;
            second.Status = AccountStatus.Disabled;
            return (await users.UpdateAsync(second)).Succeeded;
        });

        var first = (await client.SendAsync(Bearer(HttpMethod.Get, "/api/v1/accounts/me", firstToken))).Problem(HttpStatusCode.Unauthorized);
        var second = (await client.SendAsync(Bearer(HttpMethod.Get, "/api/v1/accounts/me", secondToken))).Problem(HttpStatusCode.Unauthorized);
        Assert.Equal(("令牌已失效", "令牌已失效"), (first.Title, second.Title));
        (await client.SendAsync(Bearer(HttpMethod.Get, "/api/v1/accounts/me", await app.Shared.LoginAsync(firstUser, "Another2026pass")))).Is(HttpStatusCode.OK);
    }

    private async Task<AccountsModule.RegisteredResponse> RegisterAsync(Kechuang.Web.Modules.Enterprises.Domain.EnterpriseForm firm, string? userName = null) =>
        (await app.Shared.Anonymous().PostAsync("/api/v1/accounts/register", new
        {
            enterpriseName = firm.Name,
            creditCode = firm.CreditCode,
            districtCode = firm.DistrictCode,
            contactPerson = "赵六",
            contactPhone = "0951-7654321",
            userName = userName ?? "reg" + Guid.NewGuid().ToString("N")[..10],
            password = Password,
            confirmPassword = Password,
        })).Is(HttpStatusCode.Created).Json<AccountsModule.RegisteredResponse>();

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_answer()
    {
        var unknown = (await app.Shared.TryLoginAsync("nobody" + Guid.NewGuid().ToString("N")[..6], "x")).Problem(HttpStatusCode.Unauthorized);

        Assert.Equal("用户名或密码错误", unknown.Detail);
    }

    private static HttpRequestMessage Bearer(HttpMethod method, string url, string token)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    /// <summary>An active account of its own, so locking it touches no other test.</summary>
    private Task<string> NewActiveUserAsync() => app.Shared.AsUserInScopeAsync("admin", async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "lock" + Guid.NewGuid().ToString("N")[..10], DisplayName = "锁定测试", CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, AppFactory.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, Roles.Expert)).Succeeded);
        return user.UserName;
    });
}

[Collection(SqliteScenarios.Name)]
public sealed class RegisteringAndSigningInOnSqlite(SqliteApp app) : RegisteringAndSigningIn(app);

[Collection(PostgresScenarios.Name)]
public sealed class RegisteringAndSigningInOnPostgres(PostgresApp app) : RegisteringAndSigningIn(app);
