using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.Web.Infrastructure.Documents;
using static Kechuang.UnitTests.Documents.OfficialDocuments;

namespace Kechuang.UnitTests.Documents;

/// <summary>The .docx template renderer: placeholders however Word split them, repeated rows, and every unfilled name reported.</summary>
public sealed class DocxTemplateTests
{
    private static byte[] Doc(params Paragraph[] paragraphs)
    {
        var d = new OfficialDocuments();
        foreach (var p in paragraphs)
        {
            d.Add(p);
        }

        return d.Save("测试");
    }

    private static Paragraph P(params Run[] runs) => Para(null, 0, runs);

    private static List<Paragraph> BodyParagraphs(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
    }

    [Fact]
    public void A_placeholder_Word_split_across_runs_is_replaced_with_the_formatting_of_the_run_it_starts_in()
    {
        // As Word saves "关于{{项目名称}}的通知" after an edit: the placeholder in three runs, the first bold 黑体.
        var template = Doc(P(Text("关于"), Text("{{项", HeiTi, bold: true), Text("目名"), Text("称}}的通知", KaiTi)));

        var output = DocxTemplate.Render(template, new DocumentData { ["项目名称"] = "石墨烯导热膜中试" }, "测试.docx");

        var p = Assert.Single(BodyParagraphs(output));
        Assert.Equal("关于石墨烯导热膜中试的通知", p.InnerText);
        var value = p.Descendants<Run>().Single(r => r.InnerText.Contains("石墨烯", StringComparison.Ordinal));
        Assert.Equal("石墨烯导热膜中试", value.InnerText);
        Assert.NotNull(value.RunProperties!.Bold);
        Assert.Equal(HeiTi, value.RunProperties.RunFonts!.EastAsia!.Value);
        var tail = p.Descendants<Run>().Last();
        Assert.Equal(("的通知", KaiTi), (tail.InnerText, tail.RunProperties!.RunFonts!.EastAsia!.Value)); // the text after it keeps its own run
    }

    [Fact]
    public void Several_placeholders_in_one_run_and_spaces_inside_the_braces_are_all_filled()
    {
        var template = Doc(P(Text("{{年度}}年度{{ 计划类别 }}（{{年度}}）")));

        var output = DocxTemplate.Render(template, new DocumentData { ["年度"] = "2026", ["计划类别"] = "科技支撑计划" }, "测试.docx");

        Assert.Equal("2026年度科技支撑计划（2026）", Assert.Single(BodyParagraphs(output)).InnerText);
    }

    [Fact]
    public void A_table_row_with_list_markers_is_repeated_per_item_and_plain_fields_in_it_are_filled_too()
    {
        var d = new OfficialDocuments();
        d.Add(Table([2000, 2000, 4844],
        [
            [new Cell("批次", Header: true), new Cell("金额（万元）", Header: true), new Cell("条件", Header: true)],
            [new Cell("{{#经费拨付.批次}}"), new Cell("{{#经费拨付.金额（万元）}}"), new Cell("{{#经费拨付.条件}}（{{项目编号}}）")],
            [new Cell("合计"), new Cell("{{合计}}"), new Cell("")],
        ]));
        var data = new DocumentData { ["项目编号"] = "YC2026-001", ["合计"] = "100.00" }
            .Rows("经费拨付",
            [
                new Dictionary<string, string?> { ["批次"] = "第一批", ["金额（万元）"] = "60.00", ["条件"] = "任务书签订后" },
                new Dictionary<string, string?> { ["批次"] = "第二批", ["金额（万元）"] = "40.00", ["条件"] = "中期检查合格后" },
            ]);

        var output = DocxTemplate.Render(d.Save("测试"), data, "测试.docx");

        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(
        [
            ["批次", "金额（万元）", "条件"],
            ["第一批", "60.00", "任务书签订后（YC2026-001）"],
            ["第二批", "40.00", "中期检查合格后（YC2026-001）"],
            ["合计", "100.00", ""],
        ], rows);
    }

    [Fact]
    public void An_empty_list_removes_its_row()
    {
        var d = new OfficialDocuments();
        d.Add(Table([4000, 4844], [[new Cell("企业名称", Header: true), new Cell("金额", Header: true)], [new Cell("{{#名单.企业名称}}"), new Cell("{{#名单.金额}}")]]));

        var output = DocxTemplate.Render(d.Save("测试"), new DocumentData().Rows("名单", []), "测试.docx");

        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        Assert.Equal("企业名称金额", Assert.Single(doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()).InnerText);
    }

    [Fact]
    public void Every_unfilled_name_is_reported_in_one_error_and_nothing_is_produced()
    {
        var d = new OfficialDocuments();
        d.Add(P(Text("{{项目名词}}"), Text("，{{承担单位}}，{{发文日期}}")));
        d.Add(Table([4000, 4844], [[new Cell("{{#经费拨付.批次}}"), new Cell("{{#经费拨付.金额}}")]]));
        d.Add(Table([4000, 4844], [[new Cell("{{#名单.企业名称}}"), new Cell("")]]));
        var data = new DocumentData { ["承担单位"] = "某公司" }
            .Rows("经费拨付", [new Dictionary<string, string?> { ["批次"] = "第一批" }]);

        var e = Assert.Throws<DocumentTemplateException>(() => DocxTemplate.Render(d.Save("测试"), data, "立项通知书.docx"));

        Assert.Equal(["未知的列表 {{#名单.…}}", "未知的占位符 {{#经费拨付.金额}}", "未知的占位符 {{发文日期}}", "未知的占位符 {{项目名词}}"], e.Problems.Order(StringComparer.Ordinal));
        Assert.Contains("文书模板“立项通知书.docx”无法生成", e.Message, StringComparison.Ordinal);
        Assert.Contains("{{项目名词}}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbalanced_braces_are_reported()
    {
        var template = Doc(P(Text("{{项目名称}}于{{发文日期}")));

        var e = Assert.Throws<DocumentTemplateException>(() => DocxTemplate.Render(template, new DocumentData { ["项目名称"] = "甲", ["发文日期"] = "乙" }, "t.docx"));

        Assert.Contains(e.Problems, p => p.StartsWith("占位符的花括号不成对", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_is_written_as_is_even_when_it_looks_like_a_placeholder()
    {
        var d = new OfficialDocuments();
        d.Add(P(Text("{{项目名称}}")));
        d.Add(Table([8844], [[new Cell("{{#名单.企业名称}}")]]));
        var data = new DocumentData { ["项目名称"] = "{{不是占位符}}" }.Rows("名单", [new Dictionary<string, string?> { ["企业名称"] = "{{也不是}}" }]);

        var texts = DocxTemplate.Paragraphs(DocxTemplate.Render(d.Save("测试"), data, "t.docx"));

        Assert.Contains("{{不是占位符}}", texts);
        Assert.Contains("{{也不是}}", texts);
    }

    [Fact]
    public void A_multi_line_value_becomes_paragraphs_when_it_is_the_whole_paragraph_and_line_breaks_otherwise()
    {
        var template = Doc(Para(JustificationValues.Both, 2, Text("{{研究内容}}")), P(Text("指标：{{考核指标}}。")));
        var data = new DocumentData { ["研究内容"] = "1. 制备工艺优化；\r\n2. 中试线建设。", ["考核指标"] = "导热系数≥1500 W/(m·K)\n申请发明专利2件" };

        var paragraphs = BodyParagraphs(DocxTemplate.Render(template, data, "t.docx"));

        Assert.Equal(["1. 制备工艺优化；", "2. 中试线建设。", "指标：导热系数≥1500 W/(m·K)申请发明专利2件。"], paragraphs.Select(p => p.InnerText));
        Assert.All(paragraphs.Take(2), p => Assert.Equal(200, p.ParagraphProperties!.Indentation!.FirstLineChars!.Value)); // each line keeps the paragraph's indent
        Assert.Single(paragraphs[2].Descendants<Break>());
    }

    [Fact]
    public void Headers_and_footers_are_filled_too()
    {
        var template = Doc(P(Text("{{项目名称}}")));
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            doc.MainDocumentPart!.FooterParts.Single().Footer!.AppendChild(P(Text("{{文号}}")));
        }

        var texts = DocxTemplate.Paragraphs(DocxTemplate.Render(stream.ToArray(), new DocumentData { ["项目名称"] = "甲", ["文号"] = "银科发〔2026〕8号" }, "t.docx"));

        Assert.Contains("银科发〔2026〕8号", texts);
    }

    [Fact]
    public void Describe_lists_the_fields_and_the_lists_with_their_columns()
    {
        var d = new OfficialDocuments();
        d.Add(P(Text("{{项目名称}}{{年"), Text("度}}{{项目名称}}")));
        d.Add(Table([4000, 4844], [[new Cell("{{#经费拨付.批次}}"), new Cell("{{#经费拨付.条件}}")]]));

        var fields = DocxTemplate.Describe(d.Save("测试"), "t.docx");

        Assert.Equal(["项目名称", "年度"], fields.Fields);
        Assert.Equal(["批次", "条件"], fields.Lists["经费拨付"]);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_a_template_error()
    {
        var e = Assert.Throws<DocumentTemplateException>(() => DocxTemplate.Render("not a zip"u8.ToArray(), new DocumentData(), "坏模板.docx"));

        Assert.Contains("不是有效的 Word", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_in_the_override_directory_replaces_the_shipped_one_of_the_same_name()
    {
        var shipped = Directory.CreateTempSubdirectory("kechuang-shipped-");
        var overrides = Directory.CreateTempSubdirectory("kechuang-overrides-");
        try
        {
            File.WriteAllBytes(Path.Combine(shipped.FullName, "立项通知书.docx"), Doc(P(Text("原模板：{{项目名称}}"))));
            File.WriteAllBytes(Path.Combine(shipped.FullName, "项目任务书.docx"), Doc(P(Text("任务书：{{项目名称}}"))));
            File.WriteAllBytes(Path.Combine(overrides.FullName, "立项通知书.docx"), Doc(P(Text("本局修改后的模板：{{项目名称}}"))));
            var templates = new DocumentTemplates(shipped.FullName, overrides.FullName);
            var data = new DocumentData { ["项目名称"] = "甲项目" };

            Assert.Equal(["本局修改后的模板：甲项目"], DocxTemplate.Paragraphs(templates.Render("立项通知书.docx", data)).Where(t => t.Length > 0 && !t.Contains('—', StringComparison.Ordinal)));
            Assert.Equal(["任务书：甲项目"], DocxTemplate.Paragraphs(templates.Render("项目任务书.docx", data)).Where(t => t.Length > 0 && !t.Contains('—', StringComparison.Ordinal)));
            Assert.Equal(Path.Combine(overrides.FullName, "立项通知书.docx"), templates.PathOf("立项通知书.docx"));
            Assert.Throws<ArgumentException>(() => templates.PathOf("../立项通知书.docx"));
            Assert.Throws<FileNotFoundException>(() => templates.PathOf("不存在.docx"));
        }
        finally
        {
            shipped.Delete(recursive: true);
            overrides.Delete(recursive: true);
        }
    }
}
