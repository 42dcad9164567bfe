using System.Globalization;
using Kechuang.Web.Infrastructure.Documents;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>
/// The same public notice as <see cref="ExportNotice"/>, as a Word document from the template 研发后补助公示.docx: the
/// notice text, a table of the firms (序号, 企业名称, 统一社会信用代码, 补助金额（万元）) with its total, and the issuer.
/// </summary>
public static class ExportNoticeDocument
{
    public const string TemplateName = "研发后补助公示.docx";

    public sealed class Handler(GetBatch.Handler get, DocumentTemplates templates, IOptions<DocumentOptions> options, TimeProvider clock)
    {
        public async Task<ExportNotice.File?> Handle(Guid batchId, int? days, CancellationToken ct)
        {
            if (await ExportNotice.PrepareAsync(get, clock, batchId, days, ct) is not { } n)
            {
                return null;
            }

            var data = new DocumentData
            {
                ["年度"] = n.Year.ToString(CultureInfo.InvariantCulture),
                ["批次名称"] = n.Title,
                ["企业数"] = n.Paid.Count.ToString(CultureInfo.InvariantCulture),
                ["总金额"] = DocumentText.Money(n.Total),
                ["公示期"] = $"{DocumentText.Period(n.From, n.To)}（{n.Days} 天）",
                ["发文单位"] = options.Value.Issuer,
                ["发文日期"] = DocumentText.Date(n.From),
            }.Rows("名单", n.Paid.Select((a, i) => new Dictionary<string, string?>
            {
                ["序号"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["企业名称"] = a.EnterpriseName,
                ["统一社会信用代码"] = a.CreditCode,
                ["补助金额（万元）"] = DocumentText.Money(a.Amount),
            }));
            return new ExportNotice.File($"{n.Year}年研发后补助-公示名单.docx", templates.Render(TemplateName, data));
        }
    }
}
