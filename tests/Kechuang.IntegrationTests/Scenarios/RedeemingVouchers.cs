using System.Net;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Vouchers;
using Kechuang.Web.Modules.Vouchers.Domain;
using Kechuang.Web.Modules.Vouchers.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// 科技创新券: a round with a budget, a firm's quota, redemption by the firm and by a registered provider, approval,
/// payout and reconciliation — and money that never goes negative or is spent twice, even when requests race.
/// </summary>
public abstract class RedeemingVouchers(ProviderApp app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A round of its own policy year, so the firms' yearly caps in one scenario do not carry into another.</summary>
    private static async Task<Guid> RoundAsync(Api staff, int year, decimal budget, decimal capPerRedemption = 10, decimal capPerFirm = 20) =>
        (await staff.PostAsync("/api/v1/vouchers/policies", new
        {
            name = $"测试创新券{Guid.NewGuid().ToString("N")[..6]}",
            year,
            coverPercent = 50m,
            capPerRedemption,
            capPerFirmPerYear = capPerFirm,
            serviceTypes = "检验检测；研发设计",
            validityDays = 365,
            opensOn = Today.AddDays(-1),
            closesOn = Today.AddDays(30),
            budget,
        })).Is(HttpStatusCode.Created).Json<VouchersModule.IdResponse>().Id;

    private async Task<Guid> ProviderAsync(string types = "检验检测；研发设计") =>
        await app.Shared.WithDbAsync(async db =>
        {
            var provider = new VoucherProvider { Name = $"测试检测中心{Guid.NewGuid().ToString("N")[..6]}", ServiceTypes = types };
            db.VoucherProviders.Add(provider);
            await db.SaveChangesAsync();
            return provider.Id;
        });

    private static object Redeem(string code, Guid? provider, string contract, decimal fee, decimal amount, string type = "检验检测") =>
        new { voucherCode = code, providerId = provider, contractNo = contract, serviceType = type, serviceFee = fee, amount };

    [Fact]
    public async Task A_firm_is_granted_a_voucher_uses_it_and_staff_approve_and_pay_it_out()
    {
        var staff = await app.Shared.As("staff");
        var firm = await app.Shared.As("qiye");
        var policy = await RoundAsync(staff, 2091, budget: 100);
        var provider = await ProviderAsync();

        var voucher = (await firm.PostAsync("/api/v1/vouchers/apply", new { policyId = policy, amount = 10m })).Is(HttpStatusCode.OK).Json<ApplyForVoucher.Result>();
        Assert.Matches(@"^CXQ\d{4}-\d{6}$", voucher.Code);
        Assert.Equal(Today.AddDays(365), voucher.ExpiresOn);

        // Beyond the fee share, the per-contract cap, and the firm's yearly cap: refused with the figures.
        var beyond = (await firm.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, provider, "HT-001", fee: 8, amount: 5))).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("本次最多可兑付 4 万元：服务费 8 万元 × 50% = 4 万元", beyond.ErrorsOf("amount").Single(), StringComparison.Ordinal);
        Assert.Contains("最多还可申领 10 万元", (await firm.PostAsync("/api/v1/vouchers/apply", new { policyId = policy, amount = 15m })).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
        Assert.Equal(["请选择已登记的创新券服务机构（未登记的机构不能兑付）"], (await firm.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, Guid.NewGuid(), "HT-001", 8, 4))).Problem(HttpStatusCode.BadRequest).ErrorsOf("providerId"));

        var used = (await firm.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, provider, "HT-001", fee: 8, amount: 4))).Is(HttpStatusCode.OK).Json<RedeemVoucher.Result>();
        Assert.Equal(6m, used.VoucherRemaining);
        (await firm.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, provider, "HT-001", fee: 8, amount: 4))).Is(HttpStatusCode.Conflict);

        (await staff.PostAsync($"/api/v1/vouchers/redemptions/{used.RedemptionId}/decision", new { approve = true })).Is(HttpStatusCode.NoContent);
        var payout = (await staff.PostAsync("/api/v1/vouchers/payouts", new { })).Is(HttpStatusCode.OK).Json<PayOut.Result>();
        Assert.True(payout.Total >= 4m);
        var mine = (await firm.GetAsync("/api/v1/vouchers/redemptions")).Json<List<ListRedemptions.Row>>();
        Assert.Equal(RedemptionStatus.Paid, Assert.Single(mine, r => r.ContractNo == "HT-001" && r.VoucherCode == voucher.Code).Status);
        var sheet = (await staff.GetAsync("/api/v1/vouchers/reconciliation.xlsx")).Is(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.ContentType);
    }

    [Fact]
    public async Task A_provider_redeems_after_the_firm_paid_its_share_and_a_rejection_gives_the_money_back()
    {
        var staff = await app.Shared.As("staff");
        var firm = await app.Shared.As("qiye2");
        var policy = await RoundAsync(staff, 2092, budget: 100);
        var voucher = (await firm.PostAsync("/api/v1/vouchers/apply", new { policyId = policy, amount = 6m })).Is(HttpStatusCode.OK).Json<ApplyForVoucher.Result>();
        var provider = await app.Shared.As("service");

        var redeemed = (await provider.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, null, "FW-9", fee: 10, amount: 5))).Is(HttpStatusCode.OK).Json<RedeemVoucher.Result>();
        Assert.Equal(1m, redeemed.VoucherRemaining);
        Assert.Equal(["“银川科技创新服务中心”未登记提供“研发设计”服务"], (await provider.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, null, "FW-10", 2, 1, "研发设计"))).Problem(HttpStatusCode.BadRequest).ErrorsOf("serviceType"));
        (await (await app.Shared.As("bank")).PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, null, "FW-11", 2, 1))).Is(HttpStatusCode.Forbidden);

        (await staff.PostAsync($"/api/v1/vouchers/redemptions/{redeemed.RedemptionId}/decision", new { approve = false, reason = "合同与发票金额不符" })).Is(HttpStatusCode.NoContent);
        var back = (await firm.GetAsync("/api/v1/vouchers")).Json<List<ListVouchers.Row>>().Single(v => v.Code == voucher.Code);
        Assert.Equal(6m, back.Remaining);
        var row = (await provider.GetAsync("/api/v1/vouchers/redemptions")).Json<List<ListRedemptions.Row>>().Single(r => r.ContractNo == "FW-9");
        Assert.Equal("服务机构兑付", row.ModelName);
        Assert.Equal("合同与发票金额不符", row.RejectReason);

        // Expired: nothing more can be drawn.
        await app.Shared.WithDbAsync(db => db.Vouchers.Where(v => v.Code == voucher.Code).ExecuteUpdateAsync(s => s.SetProperty(v => v.ExpiresOn, Today.AddDays(-1)))); // the validity has run out
        Assert.Contains("已于", (await firm.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, await ProviderAsync(), "FW-12", 2, 1))).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Racing_redemptions_never_spend_more_than_the_voucher_holds()
    {
        var staff = await app.Shared.As("staff");
        var firm = await app.Shared.As("qiye");
        var policy = await RoundAsync(staff, 2093, budget: 100, capPerRedemption: 10, capPerFirm: 40);
        var provider = await ProviderAsync();
        var voucher = (await firm.PostAsync("/api/v1/vouchers/apply", new { policyId = policy, amount = 5m })).Is(HttpStatusCode.OK).Json<ApplyForVoucher.Result>();

        // Eight requests of 4 万元 each at once against 5 万元: exactly one can be paid.
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => firm.PostAsync("/api/v1/vouchers/redemptions", Redeem(voucher.Code, provider, $"RACE-{i}", 8, 4))));

        // The losers are told either that someone changed the voucher first (409) or, having read it after the winner
        // saved, that only 1 万元 is left (400 with the figures).
        Assert.All(replies, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.BadRequest, r.Describe()));
        Assert.Single(replies, r => r.Status == HttpStatusCode.OK);
        var (remaining, reserved) = await app.Shared.WithDbAsync(async db =>
        {
            var v = await db.Vouchers.AsNoTracking().SingleAsync(x => x.Code == voucher.Code);
            return (v.Remaining, (await db.Redemptions.Where(r => r.VoucherId == v.Id).Select(r => r.Amount).ToListAsync()).Sum());
        });
        Assert.Equal(1m, remaining);
        Assert.Equal(4m, reserved);
    }

    [Fact]
    public async Task Racing_applications_never_grant_more_than_the_round_s_budget()
    {
        var staff = await app.Shared.As("staff");
        var policy = await RoundAsync(staff, 2094, budget: 25);
        var firms = new[] { "qiye", "qiye2" };

        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
            await (await app.Shared.As(firms[i % 2])).PostAsync("/api/v1/vouchers/apply", new { policyId = policy, amount = 5m })));

        Assert.All(replies, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, r.Describe()));
        var issued = await app.Shared.WithDbAsync(async db => (await db.Vouchers.Where(v => v.PolicyId == policy).Select(v => v.Amount).ToListAsync()).Sum());
        var round = (await staff.GetAsync("/api/v1/vouchers/policies")).Json<List<ListPolicies.Row>>().Single(p => p.Id == policy);
        Assert.Equal(issued, round.Issued);
        Assert.True(issued <= 25m);
        Assert.Equal(replies.Count(r => r.Status == HttpStatusCode.OK) * 5m, issued);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RedeemingVouchersOnSqlite(SqliteApp app) : RedeemingVouchers(app);

[Collection(PostgresScenarios.Name)]
public sealed class RedeemingVouchersOnPostgres(PostgresApp app) : RedeemingVouchers(app);
