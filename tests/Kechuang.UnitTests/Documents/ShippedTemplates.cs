using DocumentFormat.OpenXml.Wordprocessing;
using static Kechuang.UnitTests.Documents.OfficialDocuments;

namespace Kechuang.UnitTests.Documents;

/// <summary>
/// The generator of the templates shipped in src/Kechuang.Web/Templates. The committed .docx files are its output
/// (regenerate with <c>KECHUANG_WRITE_TEMPLATES=1</c>, see <see cref="ShippedTemplateTests"/>); the bureau edits its own
/// copies in Word and points <c>Documents:TemplateDirectory</c> at them.
/// </summary>
public static class ShippedTemplates
{
    public const string ApprovalNotice = "立项通知书.docx";
    public const string Contract = "项目任务书.docx";
    public const string SubsidyNotice = "研发后补助公示.docx";
    public const string TechContractCertificate = "技术合同登记证明.docx";

    public static IReadOnlyDictionary<string, Func<byte[]>> All { get; } = new Dictionary<string, Func<byte[]>>
    {
        [ApprovalNotice] = MakeApprovalNotice,
        [Contract] = MakeContract,
        [SubsidyNotice] = MakeSubsidyNotice,
        [TechContractCertificate] = MakeTechContractCertificate,
    };

    /// <summary>立项通知书: a 红头 notice to the undertaking unit with the project's particulars and what it must do next.</summary>
    public static byte[] MakeApprovalNotice()
    {
        var d = new OfficialDocuments()
            .RedHeader("{{发文单位}}文件", "{{文号}}")
            .Title("关于“{{项目名称}}”立项的通知")
            .Line("{{承担单位}}：")
            .Body("根据科技计划项目管理有关规定，经形式审查、专家评审和立项公示（公示期：{{公示期}}），公示期内无异议，经研究，同意你单位承担的“{{项目名称}}”列入{{年度}}年度{{计划类别}}予以立项支持。现将有关事项通知如下：")
            .Heading("一、项目基本信息");
        int[] widths = [3000, TextWidth - 3000];
        d.Add(Table(widths,
        [
            [new Cell("项目编号"), new Cell("{{项目编号}}")],
            [new Cell("项目名称"), new Cell("{{项目名称}}")],
            [new Cell("承担单位"), new Cell("{{承担单位}}")],
            [new Cell("统一社会信用代码"), new Cell("{{统一社会信用代码}}")],
            [new Cell("计划类别"), new Cell("{{计划类别}}")],
            [new Cell("资助金额（万元）"), new Cell("{{资助金额（万元）}}")],
            [new Cell("是否实行经费包干制"), new Cell("{{是否包干制}}")],
        ]));
        return d.Heading("二、有关要求")
            .SubHeading("（一）", "请你单位自收到本通知之日起30日内与我局签订项目任务书，逾期未签订且无正当理由的，视为自动放弃立项。")
            .SubHeading("（二）", "项目实行合同制管理。你单位应按照任务书约定组织实施，按期完成研究任务和考核指标，按要求接受中期检查和验收（综合绩效评价）。")
            .SubHeading("（三）", "财政资助资金应专款专用、单独核算。实行经费包干制的项目，由项目负责人在任务书约定范围内自主安排使用，你单位应加强管理和监督。")
            .SubHeading("（四）", "项目实施中目标、内容、负责人、起止日期等重大事项需要调整的，应及时书面报我局审核。")
            .Body("特此通知。")
            .Blank(2)
            .Signature("{{发文单位}}", "{{发文日期}}")
            .Save("立项通知书");
    }

    /// <summary>项目任务书: cover page, particulars, research content, indicators, payment schedule, duties and signatures.</summary>
    public static byte[] MakeContract()
    {
        var d = new OfficialDocuments()
            .Line("项目编号：{{项目编号}}", JustificationValues.Right)
            .Blank(1)
            .Add(Para(JustificationValues.Center, 0, exactLine: false, Text("银川市科技计划项目", SongTi, 52, bold: true)))
            .Blank(1)
            .Add(Para(JustificationValues.Center, 0, exactLine: false, Text("任　务　书", SongTi, 72, bold: true)))
            .Blank(2);
        int[] cover = [2300, TextWidth - 2300 - 300, 300];
        d.Add(Table(cover,
        [
            [new Cell("项目名称：", Align: JustificationValues.Distribute), new Cell("{{项目名称}}"), new Cell("")],
            [new Cell("计划类别：", Align: JustificationValues.Distribute), new Cell("{{计划类别}}"), new Cell("")],
            [new Cell("承担单位：", Align: JustificationValues.Distribute), new Cell("{{承担单位}}（盖章）"), new Cell("")],
            [new Cell("项目负责人：", Align: JustificationValues.Distribute), new Cell("{{项目负责人}}"), new Cell("")],
            [new Cell("联系电话：", Align: JustificationValues.Distribute), new Cell("{{联系电话}}"), new Cell("")],
            [new Cell("起止日期：", Align: JustificationValues.Distribute), new Cell("{{起止日期}}"), new Cell("")],
        ], borders: false, size: Size3));
        d.Blank(1)
            .Line("银川市科学技术局制", JustificationValues.Center)
            .PageBreak()
            .Heading("一、项目基本信息");
        int[] four = [2200, 2222, 2200, TextWidth - 6622];
        d.Add(Table(four,
        [
            [new Cell("项目名称"), new Cell("{{项目名称}}", 3)],
            [new Cell("项目编号"), new Cell("{{项目编号}}"), new Cell("计划类别"), new Cell("{{计划类别}}")],
            [new Cell("承担单位"), new Cell("{{承担单位}}", 3)],
            [new Cell("统一社会信用代码"), new Cell("{{统一社会信用代码}}", 3)],
            [new Cell("项目负责人"), new Cell("{{项目负责人}}"), new Cell("联系电话"), new Cell("{{联系电话}}")],
            [new Cell("起止日期"), new Cell("{{起止日期}}"), new Cell("资助金额（万元）"), new Cell("{{资助金额（万元）}}")],
            [new Cell("经费包干制"), new Cell("{{是否包干制}}"), new Cell("中期检查日期"), new Cell("{{中期检查日期}}")],
            [new Cell("验收方式"), new Cell("{{验收方式}}", 3)],
        ]));
        d.Heading("二、主要研究内容").Body("{{研究内容}}")
            .Heading("三、考核指标").Body("{{考核指标}}")
            .Heading("四、经费拨付计划");
        int[] payments = [2000, 2400, TextWidth - 4400];
        d.Add(Table(payments,
        [
            [new Cell("批次", Header: true), new Cell("金额（万元）", Header: true), new Cell("拨付条件", Header: true)],
            [new Cell("{{#经费拨付.批次}}", Align: JustificationValues.Center), new Cell("{{#经费拨付.金额（万元）}}", Align: JustificationValues.Right), new Cell("{{#经费拨付.条件}}")],
            [new Cell("合计", Align: JustificationValues.Center), new Cell("{{资助金额（万元）}}", Align: JustificationValues.Right), new Cell("")],
        ], headerRows: 1));
        d.Heading("五、双方责任")
            .SubHeading("（一）", "甲方（银川市科学技术局）按本任务书约定的批次和条件拨付财政资助资金，组织中期检查和{{验收方式}}。")
            .SubHeading("（二）", "乙方（{{承担单位}}）按本任务书组织实施项目，落实自筹资金和实施条件，按要求报送项目进展，于{{中期检查日期}}前接受中期检查。")
            .SubHeading("（三）", "本项目是否实行经费包干制：{{是否包干制}}。实行包干制的，不再编制明细预算，项目负责人在遵守科研诚信和财经纪律的前提下自主安排经费使用。")
            .SubHeading("（四）", "项目到期后3个月内，乙方应提出{{验收方式}}申请并提交相关材料。")
            .SubHeading("（五）", "本任务书一式三份，甲乙双方各执一份，市财政局留存一份，经双方签章后生效。")
            .Heading("六、签章")
            .Blank(1);
        int[] sign = [TextWidth / 2, TextWidth - (TextWidth / 2)];
        d.Add(Table(sign,
        [
            [new Cell("甲方：银川市科学技术局（盖章）"), new Cell("乙方：{{承担单位}}（盖章）")],
            [new Cell("负责人（签字）："), new Cell("项目负责人（签字）：{{项目负责人}}")],
            [new Cell("日期：　　年　　月　　日"), new Cell("日期：　　年　　月　　日")],
        ], borders: false, size: Size3));
        return d.Save("项目任务书");
    }

    /// <summary>研发后补助公示: the notice text, the list of firms and amounts (万元, as the text notice), and the issuer.</summary>
    public static byte[] MakeSubsidyNotice()
    {
        var d = new OfficialDocuments()
            .Blank(1)
            .Title("关于{{年度}}年度企业研发后补助拟支持名单的公示")
            .Body(
                "根据企业研发投入申报及核算结果，现将“{{批次名称}}”拟补助企业名单予以公示（共{{企业数}}家，合计{{总金额}}万元）。",
                "公示期：{{公示期}}。如有异议，请在公示期内以书面形式向{{发文单位}}反映，并提供必要的证明材料。以单位名义提出异议的应加盖公章，以个人名义提出的应署真实姓名并留联系方式。",
                "附件：{{年度}}年度企业研发后补助拟支持名单")
            .Blank(1);
        int[] widths = [800, 3000, 3200, TextWidth - 7000];
        d.Add(Table(widths,
        [
            [new Cell("序号", Header: true), new Cell("企业名称", Header: true), new Cell("统一社会信用代码", Header: true), new Cell("补助金额（万元）", Header: true)],
            [new Cell("{{#名单.序号}}", Align: JustificationValues.Center), new Cell("{{#名单.企业名称}}"), new Cell("{{#名单.统一社会信用代码}}", Align: JustificationValues.Center),
                new Cell("{{#名单.补助金额（万元）}}", Align: JustificationValues.Right)],
            [new Cell("合计", 3, Align: JustificationValues.Center), new Cell("{{总金额}}", Align: JustificationValues.Right)],
        ], headerRows: 1, size: SizeSmall4));
        return d.Blank(1)
            .Signature("{{发文单位}}", "{{发文日期}}")
            .Save("研发后补助公示");
    }

    /// <summary>技术合同登记证明: the registration number, both parties, the contract's particulars and both amounts (成交额 and
    /// 技术交易额, DOMAIN.md), with the registry's seal line.</summary>
    public static byte[] MakeTechContractCertificate()
    {
        var d = new OfficialDocuments()
            .Line("登记编号：{{登记编号}}", JustificationValues.Right)
            .Blank(1)
            .Title("技术合同登记证明")
            .Body("经审查，下列技术合同符合技术合同认定登记的有关规定，予以登记。")
            .Blank(1);
        int[] four = [2200, 2222, 2200, TextWidth - 6622];
        d.Add(Table(four,
        [
            [new Cell("项目名称"), new Cell("{{项目名称}}", 3)],
            [new Cell("合同编号"), new Cell("{{合同编号}}"), new Cell("合同类型"), new Cell("{{合同类型}}")],
            [new Cell("卖方"), new Cell("{{卖方}}", 3)],
            [new Cell("卖方所在地"), new Cell("{{卖方所在地}}"), new Cell("卖方类型"), new Cell("{{卖方类型}}")],
            [new Cell("买方"), new Cell("{{买方}}", 3)],
            [new Cell("买方所在地"), new Cell("{{买方所在地}}"), new Cell("买方类型"), new Cell("{{买方类型}}")],
            [new Cell("签订日期"), new Cell("{{签订日期}}"), new Cell("技术领域"), new Cell("{{技术领域}}")],
            [new Cell("合同有效期"), new Cell("{{有效期}}", 3)],
            [new Cell("知识产权类型"), new Cell("{{知识产权类型}}", 3)],
            [new Cell("成交额（万元）"), new Cell("{{成交额（万元）}}", Align: JustificationValues.Right), new Cell("技术交易额（万元）"), new Cell("{{技术交易额（万元）}}", Align: JustificationValues.Right)],
            [new Cell("登记日期"), new Cell("{{登记日期}}", 3)],
        ]));
        return d.Blank(1)
            .SubHeading("说明：", "技术交易额是成交额中扣除购置设备、仪器、零部件、原材料等非技术性费用后的金额，是享受技术交易税收优惠和技术合同奖励的依据。合同变更或注销的，以登记机构的变更、注销登记为准。")
            .Blank(2)
            .Signature("{{登记机构}}（技术合同登记专用章）", "{{出具日期}}")
            .Save("技术合同登记证明");
    }
}
