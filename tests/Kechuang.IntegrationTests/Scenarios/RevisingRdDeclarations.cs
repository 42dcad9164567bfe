using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure.Documents;
using Kechuang.Web.Modules.Audit.Domain;
using Kechuang.Web.Modules.Audit.Features;
using Kechuang.Web.Modules.Subsidies;
using Kechuang.Web.Modules.Subsidies.Domain;
using Kechuang.Web.Modules.Subsidies.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// 研发后补助 declarations after they are made: a firm revises or withdraws its own (not another's) before the deadline
/// and before approval, staff until approval; a stale version is refused; each change is audited and discards the
/// computed awards. The declare form is prefilled from the firm's annual reports, and the public notice downloads as
/// a Word document.
/// </summary>
public abstract class RevisingRdDeclarations(ProviderApp app)
{
    private const string Batches = "/api/v1/subsidies/batches";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 研发费用辅助账\n");

    private static int Year => TestData.LastYear;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static object Batch(DateOnly deadline) => new
    {
        title = $"测试修改申报{Guid.NewGuid().ToString("N")[..6]}",
        year = Year,
        budget = 1000m,
        basis = "RdExpense",
        rateNonHighTech = 10m,
        rateHighTech = 10m,
        declarationDeadline = deadline,
    };

    private static object Declaration(Guid firm, decimal rd = 300m) =>
        new { enterpriseId = firm, rdExpense = rd, previousRdExpense = 200m, superDeductionAmount = 250m, revenue = 3000m, taxPaid = 50m, attachmentName = "证明.pdf", attachmentContent = Pdf };

    private static object Revision(long version, decimal rd, decimal revenue = 3000m) =>
        new { rdExpense = rd, previousRdExpense = 200m, superDeductionAmount = 250m, revenue, taxPaid = 50m, version };

    private static async Task<Guid> NewBatchAsync(Api staff, DateOnly deadline) =>
        (await staff.PostAsync(Batches, Batch(deadline))).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;

    private async Task<GetBatch.DeclarationRow> DeclarationOfAsync(Guid batchId, Guid firm) =>
        (await (await app.Shared.As("staff")).GetAsync($"{Batches}/{batchId}")).Is(HttpStatusCode.OK).Json<GetBatch.Details>().Declarations.Single(d => d.EnterpriseId == firm);

    /// <summary>An audited amount's before and after as numbers (each database writes decimals its own way: 300, 300.0, 300.00).</summary>
    private static (decimal, decimal) Amounts(FieldChange c) =>
        (decimal.Parse(c.Before!, CultureInfo.InvariantCulture), decimal.Parse(c.After!, CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_firm_revises_and_withdraws_its_own_declaration_before_the_deadline_and_each_change_is_audited()
    {
        var staff = await app.Shared.As("staff");
        var firmUser = await app.Shared.As("qiye2");
        var ownFirm = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        var (other, _) = await app.Shared.NewEnterpriseAsync();
        var batchId = await NewBatchAsync(staff, Today.AddDays(10));
        var declarationId = (await firmUser.PostAsync($"{Batches}/{batchId}/declarations", Declaration(ownFirm))).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        var otherId = (await staff.PostAsync($"{Batches}/{batchId}/declarations", Declaration(other))).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK);

        // The firm sees its declaration with the version to send back, and revises it: the computation is discarded.
        var mine = (await firmUser.GetAsync("/api/v1/subsidies/mine")).Is(HttpStatusCode.OK).Json<List<ListMyDeclarations.Row>>().Single(r => r.BatchId == batchId);
        Assert.True(mine.CanChange);
        Assert.Equal((declarationId, 300m), (mine.Declaration!.Id, mine.Declaration.RdExpense));
        var url = $"{Batches}/{batchId}/declarations/{declarationId}";
        var revised = (await firmUser.PutAsync(url, Revision(mine.Declaration.Version, 420m))).Is(HttpStatusCode.OK).Json<SubsidiesModule.DeclarationVersionResponse>();
        Assert.NotEqual(mine.Declaration.Version, revised.Version);
        var batch = (await staff.GetAsync($"{Batches}/{batchId}")).Json<GetBatch.Details>();
        Assert.Equal((SubsidyBatchStatus.Open, 0), (batch.Status, batch.Awards.Count));
        var row = batch.Declarations.Single(d => d.Id == declarationId);
        Assert.Equal((420m, "证明.pdf", revised.Version), (row.RdExpense, row.AttachmentName, row.Version)); // no new file: the old one stays

        // A second editor holding the old version is told; so is bad input, in Chinese, and nothing changes.
        var stale = (await staff.PutAsync(url, Revision(mine.Declaration.Version, 999m))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", stale.Detail, StringComparison.Ordinal);
        var bad = (await firmUser.PutAsync(url, Revision(revised.Version, 5000m, revenue: 100m))).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("年度研发费用不能大于营业收入", Assert.Single(bad.ErrorsOf("rdExpense")), StringComparison.Ordinal);
        var negative = (await firmUser.PutAsync(url, Revision(revised.Version, -1m))).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("应在 0 至", Assert.Single(negative.ErrorsOf("rdExpense")), StringComparison.Ordinal);
        var disguised = (await firmUser.PutAsync(url, new { rdExpense = 1m, revenue = 10m, attachmentName = "新证明.pdf", attachmentContent = "MZ"u8.ToArray(), version = revised.Version }))
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("与扩展名 .pdf 不符", Assert.Single(disguised.ErrorsOf("attachmentContent")), StringComparison.Ordinal);
        Assert.Equal(420m, (await DeclarationOfAsync(batchId, ownFirm)).RdExpense);

        // Another firm's declaration is not found for this firm, whether revising or withdrawing.
        var others = (await DeclarationOfAsync(batchId, other)).Version;
        (await firmUser.PutAsync($"{Batches}/{batchId}/declarations/{otherId}", Revision(others, 1m))).Problem(HttpStatusCode.NotFound);
        (await firmUser.DeleteAsync($"{Batches}/{batchId}/declarations/{otherId}?version={others}")).Problem(HttpStatusCode.NotFound);
        (await (await app.Shared.As("expert")).PutAsync(url, Revision(revised.Version, 1m))).Problem(HttpStatusCode.Forbidden);

        // The revision is in the audit log with the figures before and after, and who made it.
        var audit = (await (await app.Shared.As("admin")).GetAsync($"/api/v1/audit?entityType=SubsidyDeclaration&entityId={declarationId}")).Is(HttpStatusCode.OK).Json<ListAuditEntries.Page>();
        var update = Assert.Single(audit.Items, e => e.Action == AuditAction.Update);
        Assert.Equal("研发后补助申报", update.EntityName);
        Assert.Equal((300m, 420m), Amounts(update.Changes.Single(c => c.Field == "RdExpense")));
        Assert.Contains(audit.Items, e => e.Action == AuditAction.Create && e.Changes.Any(c => c.Field == "AttachmentContent" && c.After!.StartsWith($"{Pdf.Length} 字节，SHA-256 ", StringComparison.Ordinal)));

        // Withdrawn with the current version: gone, audited with what it said, and the firm may declare again.
        (await firmUser.DeleteAsync($"{url}?version={mine.Declaration.Version}")).Problem(HttpStatusCode.Conflict);
        (await firmUser.DeleteAsync($"{url}?version={revised.Version}")).Is(HttpStatusCode.NoContent);
        Assert.False(await app.Shared.WithDbAsync(db => db.SubsidyDeclarations.AnyAsync(d => d.Id == declarationId)));
        var deleted = (await (await app.Shared.As("admin")).GetAsync($"/api/v1/audit?entityType=SubsidyDeclaration&entityId={declarationId}&action=Delete")).Json<ListAuditEntries.Page>();
        var gone = Assert.Single(deleted.Items).Changes.Single(c => c.Field == "RdExpense");
        Assert.Equal((420m, null), (decimal.Parse(gone.Before!, CultureInfo.InvariantCulture), gone.After));
        (await firmUser.DeleteAsync($"{url}?version={revised.Version}")).Problem(HttpStatusCode.NotFound);
        (await firmUser.PostAsync($"{Batches}/{batchId}/declarations", Declaration(ownFirm, 310m))).Is(HttpStatusCode.Created);
    }

    [Fact]
    public async Task After_the_deadline_only_staff_may_change_a_declaration_and_after_approval_no_one()
    {
        var staff = await app.Shared.As("staff");
        var firmUser = await app.Shared.As("qiye2");
        var ownFirm = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        var batchId = await NewBatchAsync(staff, Today.AddDays(-2));
        var declarationId = (await staff.PostAsync($"{Batches}/{batchId}/declarations", Declaration(ownFirm))).Is(HttpStatusCode.Created).Json<SubsidiesModule.IdResponse>().Id;
        var url = $"{Batches}/{batchId}/declarations/{declarationId}";
        var version = (await DeclarationOfAsync(batchId, ownFirm)).Version;

        var mine = (await firmUser.GetAsync("/api/v1/subsidies/mine")).Json<List<ListMyDeclarations.Row>>().Single(r => r.BatchId == batchId);
        Assert.False(mine.CanChange);
        var late = (await firmUser.PutAsync(url, Revision(version, 100m))).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("截止，不能再修改", late.Detail, StringComparison.Ordinal);
        Assert.Contains("截止，不能再撤回", (await firmUser.DeleteAsync($"{url}?version={version}")).Problem(HttpStatusCode.UnprocessableEntity).Detail, StringComparison.Ordinal);

        version = (await staff.PutAsync(url, Revision(version, 100m))).Is(HttpStatusCode.OK).Json<SubsidiesModule.DeclarationVersionResponse>().Version;
        Assert.Equal(10m, (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK).Json<ComputeBatch.Summary>().Total);
        (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{batchId}/approve", new { })).Is(HttpStatusCode.NoContent);

        var frozen = (await staff.PutAsync(url, Revision(version, 200m))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("已审批，不能修改申报", frozen.Detail, StringComparison.Ordinal);
        Assert.Contains("已审批，不能撤回申报", (await staff.DeleteAsync($"{url}?version={version}")).Problem(HttpStatusCode.Conflict).Detail, StringComparison.Ordinal);
        Assert.Equal(100m, (await DeclarationOfAsync(batchId, ownFirm)).RdExpense);
    }

    [Fact]
    public async Task The_declaration_is_prefilled_from_the_firms_annual_reports_and_says_where_each_figure_came_from()
    {
        var staff = await app.Shared.As("staff");
        var (firm, _) = await app.Shared.NewEnterpriseAsync();
        var earlier = TestData.Annual(revenue: 900m);
        earlier.RdExpense = 60m;
        earlier.RdExpenseDomestic = 60m;
        (await staff.PutAsync($"/api/v1/enterprises/{firm}/annual-reports/{Year - 1}", earlier)).Is(HttpStatusCode.OK);
        (await staff.PutAsync($"/api/v1/enterprises/{firm}/annual-reports/{Year}", TestData.Annual(revenue: 1200m))).Is(HttpStatusCode.OK);
        var batchId = await NewBatchAsync(staff, Today.AddDays(10));

        var suggestion = (await staff.GetAsync($"{Batches}/{batchId}/declarations/suggestion?enterpriseId={firm}")).Is(HttpStatusCode.OK).Json<SuggestDeclaration.Suggestion>();

        Assert.Equal((firm, Year), (suggestion.EnterpriseId, suggestion.Year));
        Assert.Empty(suggestion.Missing);
        var previous = suggestion.Figures.Single(f => f.Field == "previousRdExpense");
        Assert.Equal((60m, Year - 1, $"企业 {Year - 1} 年度数据（研发费用总额）"), (previous.Value, previous.Year, previous.Source));
        Assert.Equal(80m, suggestion.Figures.Single(f => f.Field == "rdExpense").Value);
        Assert.Equal(1200m, suggestion.Figures.Single(f => f.Field == "revenue").Value);
        Assert.Equal((30m, $"企业 {Year} 年度数据（上缴税金）"), suggestion.Figures.Where(f => f.Field == "taxPaid").Select(f => (f.Value, f.Source)).Single());

        // A firm's user gets its own firm's figures by default, and not another firm's; a firm without reports is told what is missing.
        var firmUser = await app.Shared.As("qiye2");
        var own = (await firmUser.GetAsync($"{Batches}/{batchId}/declarations/suggestion")).Is(HttpStatusCode.OK).Json<SuggestDeclaration.Suggestion>();
        Assert.Equal(await app.Shared.EnterpriseIdOfUserAsync("qiye2"), own.EnterpriseId);
        (await firmUser.GetAsync($"{Batches}/{batchId}/declarations/suggestion?enterpriseId={firm}")).Problem(HttpStatusCode.NotFound);
        var (bare, _) = await app.Shared.NewEnterpriseAsync();
        var none = (await staff.GetAsync($"{Batches}/{batchId}/declarations/suggestion?enterpriseId={bare}")).Is(HttpStatusCode.OK).Json<SuggestDeclaration.Suggestion>();
        Assert.Empty(none.Figures);
        Assert.Equal(2, none.Missing.Count);
        Assert.Contains($"未填报 {Year - 1} 年度数据，请手工填写上年研发费用", none.Missing[0], StringComparison.Ordinal);
        (await staff.GetAsync($"{Batches}/{Guid.NewGuid()}/declarations/suggestion?enterpriseId={firm}")).Problem(HttpStatusCode.NotFound);

        // The firm may still declare other figures than the suggested ones.
        var changed = new { enterpriseId = firm, rdExpense = 85m, previousRdExpense = 61m, superDeductionAmount = 0m, revenue = 1200m, taxPaid = 30m, attachmentName = "证明.pdf", attachmentContent = Pdf };
        (await staff.PostAsync($"{Batches}/{batchId}/declarations", changed)).Is(HttpStatusCode.Created);
        var declared = await app.Shared.WithDbAsync(db => db.SubsidyDeclarations.Where(d => d.BatchId == batchId).Select(d => new { d.RdExpense, d.PreviousRdExpense }).SingleAsync());
        Assert.Equal((85m, 61m), (declared.RdExpense, declared.PreviousRdExpense));
    }

    [Fact]
    public async Task The_public_notice_downloads_as_a_word_document_listing_every_paid_firm_in_wan_yuan()
    {
        var staff = await app.Shared.As("staff");
        var (x, xForm) = await app.Shared.NewEnterpriseAsync();
        var (y, yForm) = await app.Shared.NewEnterpriseAsync();
        var batchId = await NewBatchAsync(staff, Today.AddDays(10));
        (await staff.PostAsync($"{Batches}/{batchId}/declarations", Declaration(x, 300m))).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"{Batches}/{batchId}/declarations", Declaration(y, 125.5m))).Is(HttpStatusCode.Created);
        (await staff.PostAsync($"{Batches}/{batchId}/compute", new { })).Is(HttpStatusCode.OK);
        var early = (await staff.GetAsync($"{Batches}/{batchId}/notice.docx")).Problem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("审批通过后才能生成公示名单", early.Detail, StringComparison.Ordinal);
        (await (await app.Shared.As("staff2")).PostAsync($"{Batches}/{batchId}/approve", new { })).Is(HttpStatusCode.NoContent);
        var title = (await staff.GetAsync($"{Batches}/{batchId}")).Json<GetBatch.Details>().Title;

        var reply = (await staff.GetAsync($"{Batches}/{batchId}/notice.docx?days=10")).Is(HttpStatusCode.OK);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", reply.ContentType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(reply.Bytes), false);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        var expected = new[] { (Name: xForm.Name, Code: xForm.CreditCode, Amount: "30.00"), (Name: yForm.Name, Code: yForm.CreditCode, Amount: "12.55") }
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(["序号", "企业名称", "统一社会信用代码", "补助金额（万元）"], rows[0]);
        Assert.Equal(["1", expected[0].Name, expected[0].Code, expected[0].Amount], rows[1]);
        Assert.Equal(["2", expected[1].Name, expected[1].Code, expected[1].Amount], rows[2]);
        Assert.Equal(["合计", "42.55"], rows[3]);
        var text = string.Join("\n", DocxTemplate.Paragraphs(reply.Bytes));
        Assert.Contains($"关于{Year}年度企业研发后补助拟支持名单的公示", text, StringComparison.Ordinal);
        Assert.Contains($"现将“{title}”拟补助企业名单予以公示（共2家，合计42.55万元）", text, StringComparison.Ordinal);
        Assert.Contains("（10 天）", text, StringComparison.Ordinal);
        Assert.Contains("银川市科学技术局", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        (await staff.GetAsync($"{Batches}/{batchId}/notice.docx?days=40")).Problem(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RevisingRdDeclarationsOnSqlite(SqliteApp app) : RevisingRdDeclarations(app);

[Collection(PostgresScenarios.Name)]
public sealed class RevisingRdDeclarationsOnPostgres(PostgresApp app) : RevisingRdDeclarations(app);
