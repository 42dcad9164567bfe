using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kechuang.UnitTests.Documents;

/// <summary>
/// Builds Word documents laid out like Chinese official documents (GB/T 9704-2012 党政机关公文格式, as far as a
/// template needs): A4, margins 37/35/28/26 mm, 22 lines of 3号仿宋 a page, titles in 2号宋体 bold centred, 一级标题 in
/// 黑体, 二级 in 楷体, page numbers "— 1 —" in 4号宋体. <see cref="ShippedTemplates"/> uses it to make the templates in
/// src/Kechuang.Web/Templates; the renderer's tests use it to make small templates of their own.
/// </summary>
public sealed class OfficialDocuments
{
    public const string FangSong = "仿宋";
    public const string SongTi = "宋体";
    public const string HeiTi = "黑体";
    public const string KaiTi = "楷体";

    /// <summary>Font sizes in half-points: 初号 42pt … 小四 12pt.</summary>
    public const int Size2 = 44;
    public const int Size3 = 32;
    public const int Size4 = 28;
    public const int SizeSmall4 = 24;

    private const int PageWidth = 11906;   // A4, twips
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;    // 37 mm
    private const int MarginBottom = 1984; // 35 mm
    private const int MarginLeft = 1588;   // 28 mm
    private const int MarginRight = 1474;  // 26 mm
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const string LinePitch = "579"; // 22 lines on the type area
    private const string Red = "FF0000";

    private readonly List<OpenXmlElement> _body = [];

    /// <summary>A run of text; size in half-points.</summary>
    public static Run Text(string text, string font = FangSong, int size = Size3, bool bold = false, string? color = null)
    {
        var props = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            props.InsertAfter(new Bold(), props.GetFirstChild<RunFonts>());
        }

        if (color is not null)
        {
            props.InsertBefore(new Color { Val = color }, props.GetFirstChild<FontSize>());
        }

        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph Para(JustificationValues? align, int firstLineChars, params Run[] runs) => Para(align, firstLineChars, exactLine: true, runs);

    public static Paragraph Para(JustificationValues? align, int firstLineChars, bool exactLine, params Run[] runs)
    {
        var props = new ParagraphProperties();
        if (!exactLine)
        {
            props.Append(new SnapToGrid { Val = false }); // titles and table cells keep their own spacing, not the 22-line grid
        }

        props.Append(exactLine
            ? new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch, LineRule = LineSpacingRuleValues.Exact }
            : new SpacingBetweenLines { Before = "40", After = "40", Line = "300", LineRule = LineSpacingRuleValues.Auto });
        if (firstLineChars > 0)
        {
            props.Append(new Indentation { FirstLineChars = firstLineChars * 100, FirstLine = (firstLineChars * 320).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (align is { } a)
        {
            props.Append(new Justification { Val = a });
        }

        var p = new Paragraph(props);
        p.Append(runs);
        return p;
    }

    public OfficialDocuments Blank(int lines = 1)
    {
        for (var i = 0; i < lines; i++)
        {
            _body.Add(Para(null, 0));
        }

        return this;
    }

    /// <summary>发文机关标志 (红头) and 发文字号 above a red rule.</summary>
    public OfficialDocuments RedHeader(string issuer, string number)
    {
        Blank(2);
        _body.Add(Para(JustificationValues.Center, 0, exactLine: false, Text(issuer, SongTi, 60, bold: true, color: Red)));
        Blank(1);
        var numberLine = Para(JustificationValues.Center, 0, Text(number));
        numberLine.ParagraphProperties!.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 6, Color = Red }));
        _body.Add(numberLine);
        return Blank(1);
    }

    /// <summary>标题: 2号宋体 bold, centred.</summary>
    public OfficialDocuments Title(string text)
    {
        var p = Para(JustificationValues.Center, 0, exactLine: false, Text(text, SongTi, Size2, bold: true));
        p.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "300", Line = "700", LineRule = LineSpacingRuleValues.Exact };
        _body.Add(p);
        return this;
    }

    /// <summary>A line without indent, e.g. 主送机关 "某某单位：".</summary>
    public OfficialDocuments Line(string text, JustificationValues? align = null)
    {
        _body.Add(Para(align, 0, Text(text)));
        return this;
    }

    /// <summary>正文: 3号仿宋, first line indented two characters.</summary>
    public OfficialDocuments Body(params string[] paragraphs)
    {
        foreach (var text in paragraphs)
        {
            _body.Add(Para(JustificationValues.Both, 2, Text(text)));
        }

        return this;
    }

    /// <summary>一级标题 "一、…" in 黑体.</summary>
    public OfficialDocuments Heading(string text)
    {
        _body.Add(Para(JustificationValues.Both, 2, Text(text, HeiTi)));
        return this;
    }

    /// <summary>二级标题 "（一）…" in 楷体, followed by its text in 仿宋 in the same paragraph.</summary>
    public OfficialDocuments SubHeading(string heading, string text)
    {
        _body.Add(Para(JustificationValues.Both, 2, Text(heading, KaiTi), Text(text)));
        return this;
    }

    /// <summary>落款: issuer and date at the right, four characters in from the margin.</summary>
    public OfficialDocuments Signature(params string[] lines)
    {
        foreach (var line in lines)
        {
            var p = Para(JustificationValues.Right, 0, Text(line));
            p.ParagraphProperties!.Append(new Indentation { RightChars = 400, Right = "1280" });
            _body.Add(p);
        }

        return this;
    }

    public OfficialDocuments PageBreak()
    {
        _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    public OfficialDocuments Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    /// <summary>A cell's content: text with optional span; a header cell is 黑体.</summary>
    public sealed record Cell(string Text, int Span = 1, bool Header = false, JustificationValues? Align = null);

    /// <summary>A bordered table; widths in twips add up to the text width; cells in 4号仿宋.</summary>
    public static Table Table(int[] widths, IEnumerable<Cell[]> rows, bool borders = true, int headerRows = 0, int size = Size4)
    {
        var border = borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 }, new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var index = 0;
        foreach (var cells in rows)
        {
            var row = new TableRow(new TableRowProperties(new TableRowHeight { Val = 520, HeightType = HeightRuleValues.AtLeast }, new CantSplit()));
            if (index < headerRows)
            {
                row.TableRowProperties!.Append(new TableHeader());
            }

            var column = 0;
            foreach (var c in cells)
            {
                var width = widths.Skip(column).Take(c.Span).Sum();
                column += c.Span;
                var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (c.Span > 1)
                {
                    props.Append(new GridSpan { Val = c.Span });
                }

                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var align = c.Align ?? (c.Header ? JustificationValues.Center : JustificationValues.Left);
                row.Append(new TableCell(props, Para(align, 0, exactLine: false, Text(c.Text, c.Header ? HeiTi : FangSong, size))));
            }

            table.Append(row);
            index++;
        }

        return table;
    }

    /// <summary>Writes the document: styles with 仿宋 3号 as the default, A4 section, page-number footer.</summary>
    public byte[] Save(string title)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = "科创";
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = FangSong, HighAnsi = FangSong, EastAsia = FangSong, ComplexScript = FangSong },
                        new FontSize { Val = Size3.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                        new FontSizeComplexScript { Val = Size3.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                        new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch, LineRule = LineSpacingRuleValues.Exact }))),
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Normal Table" }, new PrimaryStyle()) { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

            var footerPart = main.AddNewPart<FooterPart>();
            footerPart.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                Text("— ", SongTi, Size4),
                new SimpleField(Text("1", SongTi, Size4)) { Instruction = " PAGE " },
                Text(" —", SongTi, Size4)));

            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            body.Append(_body.Select(e => e.CloneNode(true)));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
