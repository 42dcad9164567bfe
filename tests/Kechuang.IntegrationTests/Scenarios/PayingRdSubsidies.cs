using System.Net;
using System.Text;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Subsidies;
using Kechuang.Web.Modules.Subsidies.Domain;
using Kechuang.Web.Modules.Subsidies.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// 研发后补助: staff open a batch with a formula; a firm declares with its attachment; staff import the rest (a file with
/// one bad row writes nothing); the batch computes each firm's amount (checked against an independent computation here),
/// a firm cannot declare twice, a second person approves, firms are told, the payment list stays within the budget,
/// and the formula is frozen after approval.
/// </summary>
public abstract class PayingRdSubsidies(ProviderApp app)
{
    private const string Batches = "/api/v1/subsidies/batches";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 研发费用辅助账\n");

    private static int Year => TestData.LastYear;

    private static object Formula(decimal budget, long? version = null) => new
    {
        title = $"测试研发后补助{Guid.NewGuid().ToString("N")[..6]}",
        year = Year,
        budget,
        basis = "RdExpense",
        rateNonHighTech = 10m,
        rateHighTech = 15m,
        perFirmCap = 60m,
        minRdExpense = 10m,
        capByTaxPaid = false,
        declarationDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        version,
    };

    private static Dictionary<string, object?> Row(string creditCode, object rd, object prev, object sd, object revenue, object tax) => new()
    {
        [ImportDeclarations.CreditCodeColumn] = creditCode,
        [ImportDeclarations.RdColumn] = rd,
        [ImportDeclarations.PreviousRdColumn] = prev,
        [ImportDeclarations.SuperDeductionColumn] = sd,
        [ImportDeclarations.RevenueColumn] = revenue,
        [ImportDeclarations.TaxColumn] = tax,
    };

    [Fact]
    public async Task Declare_import_compute_approve_and_export_a_batch_within_its_budget()
    {
        var staff = await app.Shared.As("staff");
        var staff2 = await app.Shared.As("staff2");
        var firmUser = await app.Shared.As("qiye2");
        var ownFirm = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        var (x, xForm) = await app.Shared.NewEnterpriseAsync();
        var (y, yForm) = await app.Shared.NewEnterpriseAsync();
        const decimal budget = 100m;
        var batchId = (await staff.PostAsync(Batches, Formula(budget))).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;

        // The firm declares for itself, with its attachment; not for another firm, not with a disguised file.
        var declaration = new { enterpriseId = ownFirm, rdExpense = 500m, previousRdExpense = 400m, superDeductionAmount = 450m, revenue = 5000m, taxPaid = 100m, attachmentName = "研发费用辅助账.pdf", attachmentContent = Pdf };
        (await firmUser.PostAsync($"{Batches}/{batchId}/declarations", declaration with { })).Is(HttpStatusCode.Created);
        (await firmUser.PostAsync($"{Batches}/{batchId}/declarations", new { enterpriseId = x, rdExpense = 1m, previousRdExpense = 0m, superDeductionAmount = 0m, revenue = 10m, taxPaid = 0m, attachmentName = "a.pdf", attachmentContent = Pdf }))
            .Problem(HttpStatusCode.NotFound);
        var disguised = (await staff.PostAsync($"{Batches}/{batchId}/declarations", new { enterpriseId = x, rdExpense = 20m, previousRdExpense = 0m, superDeductionAmount = 0m, revenue = 10m, taxPaid = 0m, attachmentName = "a.pdf", attachmentContent = "MZ-not-a-pdf"u8.ToArray() }))
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("与扩展名 .pdf 不符", Assert.Single(disguised.ErrorsOf("attachmentContent")), StringComparison.Ordinal);
        Assert.Contains("年度研发费用不能大于营业收入", Assert.Single(disguised.ErrorsOf("rdExpense")), StringComparison.Ordinal);

        // A file with one bad row writes nothing and says where each error is.
        var bad = Sheets.Xlsx([Row(xForm.CreditCode, 800, 600, 700, 8000, 50), Row(yForm.CreditCode, -5, 0, 0, "一百", 1)]);
        var failed = (await staff.UploadAsync($"{Batches}/{batchId}/declarations/import", bad, "研发投入.xlsx")).Is(HttpStatusCode.UnprocessableEntity).Json<ImportDeclarations.Result>();
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Errors, e => e is { Row: 3, Column: ImportDeclarations.RdColumn } && e.Message.Contains("不能为负数", StringComparison.Ordinal));
        Assert.Contains(failed.Errors, e => e is { Row: 3, Column: ImportDeclarations.RevenueColumn } && e.Message.Contains("不是有效的金额", StringComparison.Ordinal));
        Assert.DoesNotContain(failed.Errors, e => e.Row == 2);
        Assert.Equal(1, await DeclarationsAsync(batchId));

        var good = Sheets.Xlsx([Row(xForm.CreditCode, 800, 600, 700, 8000, 50), Row(yForm.CreditCode, 5, 0, 4, 100, 1)]);
        (await staff.UploadAsync($"{Batches}/{batchId}/declarations/import", good, "研发投入.xlsx")).Is(HttpStatusCode.OK);
        Assert.Equal(3, await DeclarationsAsync(batchId));

        // A firm is declared once per batch, whoever tries again.
        var twice = (await firmUser.PostAsync($"{Batches}/{batchId}/declarations", declaration)).Problem(HttpStatusCode.Conflict);
        Assert.Contains("只能申报一次", twice.Detail, StringComparison.Ordinal);
        var again = (await staff.UploadAsync($"{Batches}/{batchId}/declarations/import", Sheets.Xlsx([Row(xForm.CreditCode, 1, 0, 0, 10, 0)]), "again.xlsx"))
            .Is(HttpStatusCode.UnprocessableEntity).Json<ImportDeclarations.Result>();
        Assert.Contains("已在本批次申报", Assert.Single(again.Errors).Message, StringComparison.Ordinal);

        // Compute, and check against an independent computation.
        var summary = (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK).Json<ComputeBatch.Summary>();
        var ownHighTech = await app.Shared.WithDbAsync(db => db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == ownFirm && q.Type == QualificationType.HighTech).ToListAsync());
        var ownRate = ownHighTech.Any(q => q.IsValidOn(new DateOnly(Year, 12, 31))) ? 0.15m : 0.10m;
        var eligible = new Dictionary<Guid, decimal> { [ownFirm] = Math.Min(500m * ownRate, 60m), [x] = Math.Min(800m * 0.10m, 60m), [y] = 0m }; // y: 5 万元 < 门槛 10 万元
        var sum = eligible.Values.Sum();
        Assert.True(sum > budget, "the test's figures exceed the budget");
        var expected = eligible.ToDictionary(e => e.Key, e => Math.Floor(e.Value * budget / sum * 100) / 100);

        var batch = (await staff.GetAsync($"{Batches}/{batchId}")).Is(HttpStatusCode.OK).Json<GetBatch.Details>();
        Assert.Equal(SubsidyBatchStatus.Computed, batch.Status);
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)), batch.Awards.OrderBy(a => a.EnterpriseId).Select(a => (a.EnterpriseId, a.Amount)));
        Assert.Equal((3, 2, sum, expected.Values.Sum()), (summary.Firms, summary.Awarded, summary.TotalEligible, summary.Total));
        Assert.True(batch.TotalAmount <= budget);
        var xAward = batch.Awards.Single(a => a.EnterpriseId == x);
        Assert.Contains("研发费用 800.00 万元 × 10%（非高新技术企业）= 80.00 万元；单户上限 60.00 万元", xAward.Explanation, StringComparison.Ordinal);
        Assert.Contains("超过预算 100.00 万元，按比例", xAward.Explanation, StringComparison.Ordinal);
        Assert.Contains("公式版本 v1", xAward.Explanation, StringComparison.Ordinal);
        Assert.Contains("低于 10.00 万元", batch.Awards.Single(a => a.EnterpriseId == y).Explanation, StringComparison.Ordinal);

        // The creator cannot approve; another person can, and the awarded firms are told.
        var own = (await staff.PostAsync($"{Batches}/{batchId}/approve", new { })).Problem(HttpStatusCode.Forbidden);
        Assert.Contains("不能审批自己创建的补助批次", own.Detail, StringComparison.Ordinal);
        (await staff2.PostAsync($"{Batches}/{batchId}/approve", new { })).Is(HttpStatusCode.NoContent);
        var notices = await app.Shared.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Title == "研发后补助已审批" && (n.EnterpriseId == x || n.EnterpriseId == y || n.EnterpriseId == ownFirm)).ToListAsync());
        Assert.Contains(notices, n => n.EnterpriseId == x && n.Body.Contains($"{expected[x]:0.##} 万元", StringComparison.Ordinal) && n.Body.Contains(batch.Title, StringComparison.Ordinal));
        Assert.Contains(notices, n => n.EnterpriseId == ownFirm && n.Body.Contains(batch.Title, StringComparison.Ordinal));
        Assert.DoesNotContain(notices, n => n.EnterpriseId == y);
        var mine = (await firmUser.GetAsync("/api/v1/subsidies/mine")).Is(HttpStatusCode.OK).Json<List<ListMyDeclarations.Row>>();
        Assert.Equal(expected[ownFirm], mine.Single(m => m.BatchId == batchId).Amount);

        // The payment list: one row per paid firm and a total within the budget.
        var list = (await staff2.GetAsync($"{Batches}/{batchId}/payment-list.xlsx")).Is(HttpStatusCode.OK);
        var sheet = Sheets.Read(list.Bytes);
        Assert.Equal(ExportPaymentList.Headers, sheet[0].Keys);
        Assert.Equal(3, sheet.Count);
        Assert.Equal("合计", Sheets.Text(sheet[2], "序号"));
        var total = decimal.Parse(Sheets.Text(sheet[2], "补助金额（万元）")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected.Values.Sum(), total);
        Assert.True(total <= budget);
        Assert.Contains(sheet, r => Sheets.Text(r, "企业名称") == xForm.Name && Sheets.Text(r, "统一社会信用代码") == xForm.CreditCode);
        var notice = (await staff.GetAsync($"{Batches}/{batchId}/notice.txt")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("公示期", notice, StringComparison.Ordinal);
        Assert.Contains("（7 天）", notice, StringComparison.Ordinal);
        Assert.Contains($"{xForm.Name}\t{expected[x]:0.00}", notice, StringComparison.Ordinal);

        // Approved is final: the formula, declarations and approval are frozen.
        var frozen = (await staff.PutAsync($"{Batches}/{batchId}/formula", Formula(200m, batch.Version))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("请新建一个批次", frozen.Detail, StringComparison.Ordinal);
        (await staff2.PostAsync($"{Batches}/{batchId}/approve", new { })).Problem(HttpStatusCode.Conflict);
        (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_formula_change_before_approval_is_a_new_version_and_needs_a_new_computation()
    {
        var staff = await app.Shared.As("staff");
        var (x, _) = await app.Shared.NewEnterpriseAsync();
        var batchId = (await staff.PostAsync(Batches, Formula(1000m))).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        (await staff.PostAsync($"{Batches}/{batchId}/declarations", new { enterpriseId = x, rdExpense = 300m, previousRdExpense = 0m, superDeductionAmount = 0m, revenue = 3000m, taxPaid = 10m, attachmentName = "证明.png", attachmentContent = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2 } }))
            .Is(HttpStatusCode.Created);
        (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK);
        var before = (await staff.GetAsync($"{Batches}/{batchId}")).Json<GetBatch.Details>();
        Assert.Equal(30m, Assert.Single(before.Awards).Amount);

        var changed = (await staff.PutAsync($"{Batches}/{batchId}/formula", Formula(1000m, before.Version))).Is(HttpStatusCode.OK).Json<SubsidiesModule.FormulaVersionResponse>();
        Assert.Equal(2, changed.FormulaVersion);
        var after = (await staff.GetAsync($"{Batches}/{batchId}")).Json<GetBatch.Details>();
        Assert.Equal((SubsidyBatchStatus.Open, 0), (after.Status, after.Awards.Count));
        var notComputed = (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{batchId}/approve", new { })).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请先核算", notComputed.Detail, StringComparison.Ordinal);
        (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK);
        Assert.Contains("公式版本 v2", Assert.Single((await staff.GetAsync($"{Batches}/{batchId}")).Json<GetBatch.Details>().Awards).Explanation, StringComparison.Ordinal);

        // Bad input is a 4xx with a Chinese message, never a partial write.
        var stale = (await staff.PutAsync($"{Batches}/{batchId}/formula", Formula(1000m, before.Version))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", stale.Detail, StringComparison.Ordinal);
        var invalid = (await staff.PostAsync(Batches, new { title = "", year = 1800, budget = -1m, rateHighTech = 120m })).Problem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(invalid.ErrorsOf("budget"));
        Assert.NotEmpty(invalid.ErrorsOf("rateHighTech"));
        Assert.NotEmpty(invalid.ErrorsOf("year"));
        (await (await app.Shared.As("qiye2")).PostAsync(Batches, Formula(10m))).Problem(HttpStatusCode.Forbidden);
        (await (await app.Shared.As("qiye2")).GetAsync($"{Batches}/{batchId}")).Problem(HttpStatusCode.Forbidden);
        var notXlsx = (await staff.UploadAsync($"{Batches}/{batchId}/declarations/import", Encoding.UTF8.GetBytes("统一社会信用代码,年度研发费用"), "申报.csv"))
            .Is(HttpStatusCode.UnprocessableEntity).Json<ImportDeclarations.Result>();
        Assert.Contains(".xlsx", Assert.Single(notXlsx.Errors).Message, StringComparison.Ordinal);
        var wrongHeaders = (await staff.UploadAsync($"{Batches}/{batchId}/declarations/import", Sheets.Xlsx([new() { ["信用代码"] = "x", ["研发"] = 1 }]), "申报.xlsx"))
            .Is(HttpStatusCode.UnprocessableEntity).Json<ImportDeclarations.Result>();
        Assert.Contains("缺少列：统一社会信用代码", Assert.Single(wrongHeaders.Errors).Message, StringComparison.Ordinal);
        var (z, _) = await app.Shared.NewEnterpriseAsync();
        var tooBig = new byte[SubsidyDeclaration.MaxAttachmentBytes + 1];
        "%PDF"u8.CopyTo(tooBig);
        var big = (await staff.PostAsync($"{Batches}/{batchId}/declarations", new { enterpriseId = z, rdExpense = 1m, previousRdExpense = 0m, superDeductionAmount = 0m, revenue = 10m, taxPaid = 0m, attachmentName = "大文件.pdf", attachmentContent = tooBig }))
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("不能超过 10 MB", Assert.Single(big.ErrorsOf("attachmentContent")), StringComparison.Ordinal);
        var exe = (await staff.PostAsync($"{Batches}/{batchId}/declarations", new { enterpriseId = z, rdExpense = 1m, previousRdExpense = 0m, superDeductionAmount = 0m, revenue = 10m, taxPaid = 0m, attachmentName = "证明.exe", attachmentContent = Pdf }))
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("只支持 PDF、JPG、PNG 或 XLSX", Assert.Single(exe.ErrorsOf("attachmentContent")), StringComparison.Ordinal);
        Assert.Equal(1, await DeclarationsAsync(batchId));
    }

    [Fact]
    public async Task A_firm_cannot_declare_after_the_deadline_but_staff_can_still_enter_its_declaration()
    {
        var staff = await app.Shared.As("staff");
        var firmUser = await app.Shared.As("qiye2");
        var ownFirm = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        var closed = new
        {
            title = "已截止的补助批次",
            year = Year,
            budget = 100m,
            basis = "RdIncrease",
            rateNonHighTech = 20m,
            rateHighTech = 20m,
            declarationDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2),
        };
        var batchId = (await staff.PostAsync(Batches, closed)).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        var declaration = new { enterpriseId = ownFirm, rdExpense = 300m, previousRdExpense = 200m, superDeductionAmount = 0m, revenue = 3000m, taxPaid = 10m, attachmentName = "证明.pdf", attachmentContent = Pdf };

        var late = (await firmUser.PostAsync($"{Batches}/{batchId}/declarations", declaration)).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("截止", late.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await DeclarationsAsync(batchId));
        Assert.DoesNotContain((await firmUser.GetAsync("/api/v1/subsidies/mine")).Is(HttpStatusCode.OK).Json<List<ListMyDeclarations.Row>>(), r => r.BatchId == batchId);

        (await staff.PostAsync($"{Batches}/{batchId}/declarations", declaration)).Is(HttpStatusCode.Created);
        var summary = (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK).Json<ComputeBatch.Summary>();
        Assert.Equal(20m, summary.Total); // 20% × (300 − 200)
    }

    [Fact]
    public async Task The_demo_city_has_an_open_batch_of_90_declarations_that_computes_within_its_6000_wan_budget()
    {
        var staff = await app.Shared.As("staff");
        var demo = (await staff.GetAsync(Batches)).Is(HttpStatusCode.OK).Json<List<ListBatches.Row>>().Single(b => b.Title == $"{Year}年度企业研发后补助");
        Assert.Equal((Year, SubsidyBatchStatus.Open, 90, 6000m), (demo.Year, demo.Status, demo.Declarations, demo.Budget));

        var summary = (await staff.PostAsync($"{Batches}/{demo.Id}/compute", new { })).Is(HttpStatusCode.OK).Json<ComputeBatch.Summary>();

        Assert.Equal(90, summary.Firms);
        Assert.Equal(90, summary.Awarded);
        Assert.True(summary.TotalEligible > 6000m && summary.Scale is not null, $"eligible {summary.TotalEligible}: the demo batch shows pro-rating");
        Assert.InRange(summary.Total, 6000m - (0.01m * 90), 6000m); // rounded down: at most a cent per firm below the budget, never above
    }

    private Task<int> DeclarationsAsync(Guid batchId) => app.Shared.WithDbAsync(db => db.SubsidyDeclarations.CountAsync(d => d.BatchId == batchId));
}

[Collection(SqliteScenarios.Name)]
public sealed class PayingRdSubsidiesOnSqlite(SqliteApp app) : PayingRdSubsidies(app);

[Collection(PostgresScenarios.Name)]
public sealed class PayingRdSubsidiesOnPostgres(PostgresApp app) : PayingRdSubsidies(app);
