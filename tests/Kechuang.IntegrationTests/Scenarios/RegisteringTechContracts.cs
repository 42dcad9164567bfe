using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.IntegrationTests.Infrastructure;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Modules.TechContracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Kechuang.Web.Modules.TechContracts.Features;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntegrationTests.Scenarios;

/// <summary>
/// 技术合同登记 through the API: a firm drafts, attaches and submits; staff register it (number, certificate) and it counts
/// in the statistics by the seller's district and the month; a change replaces its amounts there, a cancellation takes it
/// out. Bad input is refused with a reason (技术交易额 &gt; 成交额, a contract registered twice, wrong files), another firm
/// never sees it, concurrent approvals take consecutive numbers, and staff are reminded of decisions falling due.
/// </summary>
public abstract class RegisteringTechContracts(ProviderApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 技术合同文本\n");

    private static int Year => BeijingTime.Today(TimeProvider.System).Year;

    private static DateOnly Today => BeijingTime.Today(TimeProvider.System);

    private static object Form(string number, decimal total, decimal technology, string buyer = "北京测试技术有限公司", Guid? seller = null,
        string kind = "CommissionedDevelopment", string? buyerDistrict = "110108", string buyerCountry = "中国", long version = 0) => new
        {
            sellerEnterpriseId = seller,
            contractNumber = number,
            projectName = "高导热石墨烯膜连续化制备技术开发",
            kind,
            signedOn = Today.AddDays(-10),
            validFrom = Today.AddDays(-10),
            validTo = Today.AddYears(1),
            field = "新材料",
            ipType = "InventionPatent",
            totalAmount = total,
            technologyAmount = technology,
            sellerEntityType = "Enterprise",
            buyerName = buyer,
            buyerCountry,
            buyerDistrictCode = buyerDistrict,
            buyerEntityType = "Enterprise",
            version,
        };

    private static string NewNumber() => $"HT-{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>A 成交额 no other test uses, so the same-deal rule never links two tests' contracts.</summary>
    private static decimal NewAmount(decimal around) => around + (Random.Shared.Next(1, 99_999) / 10_000m);

    private static Task<Reply> Attach(Api api, Guid id, byte[] bytes, string fileName, string kind = "ContractText")
    {
        var content = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return api.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tech-contracts/{id}/attachments") { Content = content });
    }

    private static async Task<Guid> SubmittedAsync(Api api, object form)
    {
        var id = (await api.PostAsync("/api/v1/tech-contracts", form)).Is(HttpStatusCode.Created).Json<TechContractsModule.IdResponse>().Id;
        (await Attach(api, id, Pdf, "合同文本.pdf")).Is(HttpStatusCode.Created);
        (await api.PostAsync($"/api/v1/tech-contracts/{id}/submit", new { })).Is(HttpStatusCode.OK);
        return id;
    }

    private static async Task<ContractStatistics.Line> DistrictLineAsync(Api staff, string district) =>
        (await staff.GetAsync($"/api/v1/tech-contracts/statistics?year={Year}")).Is(HttpStatusCode.OK).Json<ContractStatistics.Report>()
            .ByDistrict.Single(l => l.Key == district);

    private static async Task<ContractStatistics.Line> MonthLineAsync(Api staff, DateOnly on) =>
        (await staff.GetAsync($"/api/v1/tech-contracts/statistics?year={Year}")).Is(HttpStatusCode.OK).Json<ContractStatistics.Report>()
            .ByMonth.Single(l => l.Key == $"{on:yyyy-MM}");

    private static string TextOf(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task A_contract_is_registered_counted_changed_and_cancelled()
    {
        var firm = await app.Shared.As("qiye");
        var staff = await app.Shared.As("staff");
        var number = NewNumber();
        var total = NewAmount(300);

        var id = (await firm.PostAsync("/api/v1/tech-contracts", Form(number, total, 260))).Is(HttpStatusCode.Created).Json<TechContractsModule.IdResponse>().Id;
        var draft = (await firm.GetAsync($"/api/v1/tech-contracts/{id}")).Is(HttpStatusCode.OK).Json<GetTechContract.Details>();
        Assert.Equal("640104", draft.Seller.DistrictCode); // qiye's firm is in 兴庆区: the seller's place comes from the registry
        Assert.Equal("技术开发（委托开发）", draft.KindName);
        Assert.Equal("草稿", draft.StatusName);

        // No contract text, no submission.
        Assert.Contains("合同文本", (await firm.PostAsync($"/api/v1/tech-contracts/{id}/submit", new { })).Problem(HttpStatusCode.UnprocessableEntity).Detail);
        (await Attach(firm, id, Pdf, "合同文本.pdf")).Is(HttpStatusCode.Created);
        var submitted = (await firm.PostAsync($"/api/v1/tech-contracts/{id}/submit", new { })).Is(HttpStatusCode.OK).Json<SubmitTechContract.Result>();
        Assert.False(submitted.ExpertReview);
        Assert.Equal(new WorkingCalendar().AddWorkingDays(Today, 15), submitted.DueOn);

        // Once submitted the firm can no longer change it, nor decide on it.
        (await firm.PutAsync($"/api/v1/tech-contracts/{id}", Form(number, total, 250, version: draft.Version + 1))).Problem(HttpStatusCode.Conflict);
        (await firm.PostAsync($"/api/v1/tech-contracts/{id}/decision", new { approve = true })).Is(HttpStatusCode.Forbidden);

        var districtBefore = await DistrictLineAsync(staff, "640104");
        var monthBefore = await MonthLineAsync(staff, Today);
        var decided = (await staff.PostAsync($"/api/v1/tech-contracts/{id}/decision", new { approve = true })).Is(HttpStatusCode.OK).Json<DecideTechContract.Result>();
        Assert.Equal("已登记", decided.Status);
        Assert.Matches(new Regex($"^640104{Year}[0-9]{{6}}$"), decided.RegistrationNumber);

        var certificate = (await firm.GetAsync($"/api/v1/tech-contracts/{id}/certificate")).Is(HttpStatusCode.OK);
        var text = TextOf(certificate.Bytes);
        Assert.Contains($"登记编号：{decided.RegistrationNumber}", text, StringComparison.Ordinal);
        Assert.Contains(total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("260.00", text, StringComparison.Ordinal);
        Assert.Contains("北京测试技术有限公司", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);

        var districtAfter = await DistrictLineAsync(staff, "640104");
        Assert.Equal(districtBefore.Count + 1, districtAfter.Count);
        Assert.Equal(districtBefore.TotalAmount + total, districtAfter.TotalAmount);
        Assert.Equal(districtBefore.TechnologyAmount + 260, districtAfter.TechnologyAmount);
        Assert.Equal(monthBefore.Count + 1, (await MonthLineAsync(staff, Today)).Count);

        // 变更登记: the new amounts replace the old in the statistics.
        (await staff.PostAsync($"/api/v1/tech-contracts/{id}/changes", new { reason = "双方协议调减合同价款", totalAmount = total - 40, technologyAmount = 200m }))
            .Is(HttpStatusCode.Created);
        var changed = await DistrictLineAsync(staff, "640104");
        Assert.Equal(districtBefore.Count + 1, changed.Count);
        Assert.Equal(districtBefore.TotalAmount + total - 40, changed.TotalAmount);
        Assert.Equal(districtBefore.TechnologyAmount + 200, changed.TechnologyAmount);
        Assert.Contains("200.00", TextOf((await firm.GetAsync($"/api/v1/tech-contracts/{id}/certificate")).Is(HttpStatusCode.OK).Bytes), StringComparison.Ordinal);

        // 注销登记: it leaves the statistics and has no certificate any more; both records stay with the contract, audited.
        (await staff.PostAsync($"/api/v1/tech-contracts/{id}/cancellation", new { reason = "合同解除" })).Is(HttpStatusCode.Created);
        var cancelled = await DistrictLineAsync(staff, "640104");
        Assert.Equal(districtBefore.Count, cancelled.Count);
        Assert.Equal(districtBefore.TotalAmount, cancelled.TotalAmount);
        (await firm.GetAsync($"/api/v1/tech-contracts/{id}/certificate")).Problem(HttpStatusCode.UnprocessableEntity);
        var details = (await firm.GetAsync($"/api/v1/tech-contracts/{id}")).Is(HttpStatusCode.OK).Json<GetTechContract.Details>();
        Assert.Equal("已注销", details.StatusName);
        Assert.Equal(decided.RegistrationNumber, details.RegistrationNumber);
        Assert.Equal(["变更登记", "注销登记"], details.Changes.Select(c => c.KindName));
        Assert.Contains("成交额", details.Changes[0].Summary, StringComparison.Ordinal);
        var audited = await app.Shared.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "TechContractChange").CountAsync());
        Assert.True(audited >= 2);
        Assert.True(await app.Shared.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "TechContract" && a.EntityId == id.ToString() && a.Changes.Contains("Cancelled"))));

        // The statistics export opens as a workbook.
        var xlsx = (await staff.GetAsync($"/api/v1/tech-contracts/statistics/export?year={Year}")).Is(HttpStatusCode.OK);
        Assert.Equal("PK"u8.ToArray(), xlsx.Bytes[..2]);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_reason()
    {
        var firm = await app.Shared.As("qiye");

        var tooMuch = (await firm.PostAsync("/api/v1/tech-contracts", Form(NewNumber(), 100, 120))).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("不能大于成交额", Assert.Single(tooMuch.ErrorsOf("technologyAmount")), StringComparison.Ordinal);
        var badDistrict = (await firm.PostAsync("/api/v1/tech-contracts", Form(NewNumber(), 100, 80, buyerDistrict: "12345"))).Problem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badDistrict.ErrorsOf("buyerDistrictCode"));
        (await firm.PostAsync("/api/v1/tech-contracts", Form(NewNumber(), 100, 80, buyer: "Siemens AG", buyerCountry: "德国", buyerDistrict: null))).Is(HttpStatusCode.Created);

        // Registered twice: the same contract number, or the same buyer, date and amount under another number.
        var number = NewNumber();
        var total = NewAmount(120);
        var first = await SubmittedAsync(firm, Form(number, total, 100));
        var again = (await firm.PostAsync("/api/v1/tech-contracts", Form(" " + number.ToLowerInvariant() + " ", 50, 40))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("不能重复登记", again.Detail, StringComparison.Ordinal);
        var sameDeal = (await firm.PostAsync("/api/v1/tech-contracts", Form(NewNumber(), total, 90))).Problem(HttpStatusCode.Conflict);
        Assert.Contains("同一买方、签订日期和成交额", sameDeal.Detail, StringComparison.Ordinal);

        // A rejected contract releases its keys: the corrected one may be registered.
        var staff = await app.Shared.As("staff");
        (await staff.PostAsync($"/api/v1/tech-contracts/{first}/decision", new { approve = false })).Problem(HttpStatusCode.BadRequest);
        (await staff.PostAsync($"/api/v1/tech-contracts/{first}/decision", new { approve = false, reason = "合同未写明技术成果的归属" })).Is(HttpStatusCode.OK);
        (await firm.PostAsync("/api/v1/tech-contracts", Form(number, total, 100))).Is(HttpStatusCode.Created);

        // Files: wrong type, wrong content, too large.
        var draft = (await firm.PostAsync("/api/v1/tech-contracts", Form(NewNumber(), NewAmount(10), 5))).Is(HttpStatusCode.Created).Json<TechContractsModule.IdResponse>().Id;
        Assert.Contains("只接受", (await Attach(firm, draft, Encoding.ASCII.GetBytes("MZ\0\0"), "合同.exe")).Problem(HttpStatusCode.BadRequest).ErrorsOf("file")[0], StringComparison.Ordinal);
        Assert.Contains("不符", (await Attach(firm, draft, Encoding.ASCII.GetBytes("just text"), "合同.pdf")).Problem(HttpStatusCode.BadRequest).ErrorsOf("file")[0], StringComparison.Ordinal);
        var large = new byte[(ContractFileRules.MaxMegabytes * 1024 * 1024) + 1];
        Pdf.CopyTo(large, 0);
        Assert.Contains("不能超过 10 MB", (await Attach(firm, draft, large, "合同.pdf")).Problem(HttpStatusCode.BadRequest).ErrorsOf("file")[0], StringComparison.Ordinal);
        (await Attach(firm, draft, Encoding.ASCII.GetBytes("PK\u0003\u0004"), "补充协议.docx", "Other")).Is(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_firm_neither_sees_nor_changes_a_contract()
    {
        var firm = await app.Shared.As("qiye");
        var other = await app.Shared.As("qiye2");
        var number = NewNumber();
        var id = (await firm.PostAsync("/api/v1/tech-contracts", Form(number, NewAmount(50), 40))).Is(HttpStatusCode.Created).Json<TechContractsModule.IdResponse>().Id;

        (await other.GetAsync($"/api/v1/tech-contracts/{id}")).Problem(HttpStatusCode.NotFound);
        (await other.PutAsync($"/api/v1/tech-contracts/{id}", Form(number, 50, 40))).Problem(HttpStatusCode.NotFound);
        (await Attach(other, id, Pdf, "合同文本.pdf")).Problem(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/v1/tech-contracts/{id}/submit", new { })).Problem(HttpStatusCode.NotFound);
        var list = (await other.GetAsync("/api/v1/tech-contracts?pageSize=200")).Is(HttpStatusCode.OK).Json<ListTechContracts.Page>();
        Assert.DoesNotContain(list.Items, r => r.Id == id);
        (await other.GetAsync($"/api/v1/tech-contracts/statistics?year={Year}")).Is(HttpStatusCode.Forbidden);
        (await (await app.Shared.As("expert")).PostAsync("/api/v1/tech-contracts", Form(NewNumber(), 10, 5))).Is(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Concurrent_approvals_take_consecutive_numbers_and_large_contracts_get_thirty_working_days()
    {
        var staff = await app.Shared.As("staff");
        var seller = await app.Shared.EnterpriseIdOfUserAsync("qiye2");
        var ids = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 4))
        {
            ids.Add(await SubmittedAsync(staff, Form(NewNumber(), NewAmount(600), 500, seller: seller)));
        }

        var large = (await staff.GetAsync($"/api/v1/tech-contracts/{ids[0]}")).Json<GetTechContract.Details>();
        Assert.True(large.ExpertReview);
        Assert.Equal(new WorkingCalendar().AddWorkingDays(Today, 30), large.DueOn);
        Assert.Equal("640181", large.Seller.DistrictCode);

        var replies = await Task.WhenAll(ids.Select(async id => await (await app.Shared.As("staff")).PostAsync($"/api/v1/tech-contracts/{id}/decision", new { approve = true })));
        var numbers = replies.Select(r => r.Is(HttpStatusCode.OK).Json<DecideTechContract.Result>().RegistrationNumber!).ToList();
        Assert.Equal(4, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.StartsWith($"640181{Year}", n, StringComparison.Ordinal));

        // Gap-free: the year's sequences are exactly 1..n, whatever else this database has registered.
        var sequences = await app.Shared.WithDbAsync(db => db.TechContracts.Where(c => c.RegistrationYear == Year).Select(c => c.RegistrationSequence!.Value).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences.Order());
    }

    [Fact]
    public async Task Staff_are_reminded_of_a_decision_due_within_three_working_days()
    {
        var firm = await app.Shared.As("qiye");
        var id = await SubmittedAsync(firm, Form(NewNumber(), NewAmount(20), 10));
        var due = (await firm.GetAsync($"/api/v1/tech-contracts/{id}")).Json<GetTechContract.Details>().DueOn!.Value;
        var staffId = await app.Shared.UserIdAsync("staff");
        Task<int> RemindersAsync() => app.Shared.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == staffId && n.Link == $"/tech-contracts/{id}"));

        await app.Shared.SendDeadlineRemindersAsync(Today.AddDays(1));
        Assert.Equal(0, await RemindersAsync());
        var fourBefore = due.AddDays(-1);
        while (new WorkingCalendar().WorkingDaysBetween(fourBefore, due) < 4)
        {
            fourBefore = fourBefore.AddDays(-1);
        }

        await app.Shared.SendDeadlineRemindersAsync(fourBefore);
        Assert.Equal(0, await RemindersAsync());
        await app.Shared.SendDeadlineRemindersAsync(due.AddDays(-1));
        await app.Shared.SendDeadlineRemindersAsync(due);
        Assert.Equal(1, await RemindersAsync());
    }
}

[Collection(SqliteScenarios.Name)]
public sealed class RegisteringTechContractsOnSqlite(SqliteApp app) : RegisteringTechContracts(app);

[Collection(PostgresScenarios.Name)]
public sealed class RegisteringTechContractsOnPostgres(PostgresApp app) : RegisteringTechContracts(app);
