using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.Web.Infrastructure.Documents;

namespace Kechuang.UnitTests.Documents;

/// <summary>
/// The templates shipped in src/Kechuang.Web/Templates: what they ask for, that they fill into proper A4 government
/// documents, and that they are what <see cref="ShippedTemplates"/> makes. To regenerate them after changing the
/// generator: <c>KECHUANG_WRITE_TEMPLATES=1 dotnet test tests/Kechuang.UnitTests -- --filter-class "*ShippedTemplateTests"</c>.
/// <c>KECHUANG_PREVIEW_DIR=/tmp/docs</c> also writes the filled examples there, to look at (e.g. soffice --convert-to pdf).
/// </summary>
public sealed class ShippedTemplateTests
{
    private static readonly DocumentTemplates Templates = new(Path.Combine(AppContext.BaseDirectory, DocumentTemplates.ShippedFolder), null);

    public static TheoryData<string> Names() => [.. ShippedTemplates.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_shipped_template_is_what_the_generator_makes(string name)
    {
        var generated = ShippedTemplates.All[name]();
        if (Environment.GetEnvironmentVariable("KECHUANG_WRITE_TEMPLATES") == "1")
        {
            File.WriteAllBytes(Path.Combine(RepositoryRoot(), "src", "Kechuang.Web", DocumentTemplates.ShippedFolder, name), generated);
            Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, DocumentTemplates.ShippedFolder));
            File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, DocumentTemplates.ShippedFolder, name), generated);
        }

        var shipped = File.ReadAllBytes(Templates.PathOf(name));
        Assert.Equal(DocxTemplate.Paragraphs(generated), DocxTemplate.Paragraphs(shipped));
    }

    [Fact]
    public void 立项通知书_asks_for_the_notice_fields()
    {
        var fields = Templates.Describe(ShippedTemplates.ApprovalNotice);

        Assert.Equal(
            Sorted("文号", "项目编号", "项目名称", "承担单位", "统一社会信用代码", "计划类别", "年度", "资助金额（万元）", "是否包干制", "公示期", "发文单位", "发文日期"),
            fields.Fields.Order(StringComparer.Ordinal));
        Assert.Empty(fields.Lists);
    }

    [Fact]
    public void 项目任务书_asks_for_the_contract_fields_and_a_payment_list()
    {
        var fields = Templates.Describe(ShippedTemplates.Contract);

        Assert.Equal(
            Sorted("中期检查日期", "项目名称", "项目编号", "计划类别", "承担单位", "统一社会信用代码", "项目负责人", "联系电话", "起止日期", "资助金额（万元）", "是否包干制", "验收方式", "研究内容", "考核指标"),
            fields.Fields.Order(StringComparer.Ordinal));
        Assert.Equal(["批次", "金额（万元）", "条件"], Assert.Single(fields.Lists, l => l.Key == "经费拨付").Value);
    }

    [Fact]
    public void 研发后补助公示_asks_for_the_notice_fields_and_the_list_of_firms()
    {
        var fields = Templates.Describe(ShippedTemplates.SubsidyNotice);

        Assert.Equal(Sorted("年度", "批次名称", "企业数", "总金额", "公示期", "发文单位", "发文日期"), fields.Fields.Order(StringComparer.Ordinal));
        Assert.Equal(["序号", "企业名称", "统一社会信用代码", "补助金额（万元）"], Assert.Single(fields.Lists, l => l.Key == "名单").Value);
    }

    [Fact]
    public void 立项通知书_fills_into_an_A4_notice_with_a_centred_title_in_song_and_body_in_fangsong()
    {
        var output = Templates.Render(ShippedTemplates.ApprovalNotice, new DocumentData
        {
            ["文号"] = "银科发〔2026〕12号",
            ["项目编号"] = "YC2026-ZC-001",
            ["项目名称"] = "石墨烯导热膜中试",
            ["承担单位"] = "宁夏测试新材料有限公司",
            ["统一社会信用代码"] = "91640100MA76XXXX0A",
            ["计划类别"] = "科技支撑计划",
            ["年度"] = "2026",
            ["资助金额（万元）"] = DocumentText.Money(100m),
            ["是否包干制"] = DocumentText.YesNo(true),
            ["公示期"] = DocumentText.Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 7)),
            ["发文日期"] = DocumentText.Date(new DateOnly(2026, 3, 10)),
            ["发文单位"] = "银川市科学技术局",
        });

        Preview(ShippedTemplates.ApprovalNotice, output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var section = body.GetFirstChild<SectionProperties>()!;
        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        var title = body.Elements<Paragraph>().Single(p => p.InnerText == "关于“石墨烯导热膜中试”立项的通知");
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("宋体", title.Descendants<RunFonts>().First().EastAsia!.Value);
        var text = string.Join("\n", DocxTemplate.Paragraphs(output));
        Assert.Contains("银川市科学技术局文件", text, StringComparison.Ordinal);
        Assert.Contains("银科发〔2026〕12号", text, StringComparison.Ordinal);
        Assert.Contains("宁夏测试新材料有限公司：", text, StringComparison.Ordinal);
        Assert.Contains("公示期：2026年3月1日至2026年3月7日", text, StringComparison.Ordinal);
        Assert.Contains("列入2026年度科技支撑计划予以立项支持", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月10日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal("仿宋", doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().EastAsia!.Value);
    }

    [Fact]
    public void 项目任务书_fills_the_payment_rows_and_one_paragraph_per_line_of_research_content()
    {
        var output = Templates.Render(ShippedTemplates.Contract, ContractData());
        Preview(ShippedTemplates.Contract, output);

        var text = DocxTemplate.Paragraphs(output);
        Assert.Contains("项目编号：YC2026-ZC-001", text);
        Assert.Contains("1. 高导热石墨烯膜连续化制备工艺；", text);
        Assert.Contains("2. 建成年产 10 万平方米中试线。", text);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var payments = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("拨付条件", StringComparison.Ordinal));
        Assert.Equal(
        [
            "批次|金额（万元）|拨付条件",
            "第一批|60.00|任务书签订后",
            "第二批|40.00|中期检查合格后",
            "合计|100.00|",
        ], payments.Elements<TableRow>().Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))));
        Assert.Contains(text, t => t.Contains("组织中期检查和综合绩效评价", StringComparison.Ordinal));
    }

    [Fact]
    public void 研发后补助公示_lists_each_firm_with_its_amount_in_wan_yuan()
    {
        var output = Templates.Render(ShippedTemplates.SubsidyNotice, new DocumentData
        {
            ["年度"] = "2025",
            ["批次名称"] = "2025年度企业研发后补助",
            ["企业数"] = "2",
            ["总金额"] = "75.50",
            ["公示期"] = "2026年3月1日至2026年3月7日（7 天）",
            ["发文单位"] = "银川市科学技术局",
            ["发文日期"] = "2026年3月1日",
        }.Rows("名单",
        [
            new Dictionary<string, string?> { ["序号"] = "1", ["企业名称"] = "甲公司", ["统一社会信用代码"] = "91640100000000001X", ["补助金额（万元）"] = "50.00" },
            new Dictionary<string, string?> { ["序号"] = "2", ["企业名称"] = "乙公司", ["统一社会信用代码"] = "91640100000000002X", ["补助金额（万元）"] = "25.50" },
        ]));

        Preview(ShippedTemplates.SubsidyNotice, output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))).ToList();
        Assert.Equal(["序号|企业名称|统一社会信用代码|补助金额（万元）", "1|甲公司|91640100000000001X|50.00", "2|乙公司|91640100000000002X|25.50", "合计|75.50"], rows);
        Assert.Contains("关于2025年度企业研发后补助拟支持名单的公示", DocxTemplate.Paragraphs(output));
    }

    [Fact]
    public void 技术合同登记证明_asks_for_the_registration_fields_and_states_both_amounts()
    {
        Assert.Equal(
            Sorted("登记编号", "合同编号", "项目名称", "合同类型", "卖方", "卖方所在地", "卖方类型", "买方", "买方所在地", "买方类型", "签订日期", "有效期",
                "技术领域", "知识产权类型", "成交额（万元）", "技术交易额（万元）", "登记日期", "登记机构", "出具日期"),
            Templates.Describe(ShippedTemplates.TechContractCertificate).Fields.Order(StringComparer.Ordinal));
        var output = Templates.Render(ShippedTemplates.TechContractCertificate, new DocumentData
        {
            ["登记编号"] = "6401042026000123",
            ["合同编号"] = "HT-2026-001",
            ["项目名称"] = "石墨烯导热膜制备技术开发",
            ["合同类型"] = "技术开发（委托开发）",
            ["卖方"] = "宁夏测试新材料有限公司",
            ["卖方所在地"] = "中国 兴庆区（640104）",
            ["卖方类型"] = "企业法人",
            ["买方"] = "北京某科技有限公司",
            ["买方所在地"] = "中国 110108",
            ["买方类型"] = "企业法人",
            ["签订日期"] = "2026年3月1日",
            ["有效期"] = "2026年3月1日至2027年2月28日",
            ["技术领域"] = "新材料",
            ["知识产权类型"] = "发明专利",
            ["成交额（万元）"] = "300.00",
            ["技术交易额（万元）"] = "260.00",
            ["登记日期"] = "2026年3月10日",
            ["登记机构"] = "银川市科学技术局",
            ["出具日期"] = "2026年3月10日",
        });
        Preview(ShippedTemplates.TechContractCertificate, output);
        var text = string.Join("\n", DocxTemplate.Paragraphs(output));
        Assert.Contains("登记编号：6401042026000123", text, StringComparison.Ordinal);
        Assert.Contains("技术合同登记证明", text, StringComparison.Ordinal);
        Assert.Contains("300.00", text, StringComparison.Ordinal);
        Assert.Contains("260.00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    internal static DocumentData ContractData() => new DocumentData
    {
        ["项目编号"] = "YC2026-ZC-001",
        ["项目名称"] = "石墨烯导热膜中试",
        ["计划类别"] = "科技支撑计划",
        ["承担单位"] = "宁夏测试新材料有限公司",
        ["统一社会信用代码"] = "91640100MA76XXXX0A",
        ["项目负责人"] = "王五",
        ["联系电话"] = "0951-7654321",
        ["起止日期"] = "2026年4月1日至2028年3月31日",
        ["资助金额（万元）"] = "100.00",
        ["是否包干制"] = "是",
        ["中期检查日期"] = "2027年4月1日",
        ["验收方式"] = "综合绩效评价",
        ["研究内容"] = "1. 高导热石墨烯膜连续化制备工艺；\n2. 建成年产 10 万平方米中试线。",
        ["考核指标"] = "导热系数不低于 1500 W/(m·K)；申请发明专利 2 件。",
    }.Rows("经费拨付",
    [
        new Dictionary<string, string?> { ["批次"] = "第一批", ["金额（万元）"] = "60.00", ["条件"] = "任务书签订后" },
        new Dictionary<string, string?> { ["批次"] = "第二批", ["金额（万元）"] = "40.00", ["条件"] = "中期检查合格后" },
    ]);

    private static void Preview(string name, byte[] document)
    {
        if (Environment.GetEnvironmentVariable("KECHUANG_PREVIEW_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "示例-" + name), document);
        }
    }

    private static List<string> Sorted(params string[] names) => [.. names.Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kechuang.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Kechuang.slnx not found above " + AppContext.BaseDirectory);
    }
}
