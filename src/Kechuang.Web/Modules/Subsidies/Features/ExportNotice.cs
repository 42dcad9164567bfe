using System.Globalization;
using System.Text;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.Web.Modules.Subsidies.Features;

/// <summary>The public notice (公示) of an approved batch as plain text: firms and amounts, and the objection period.</summary>
public static class ExportNotice
{
    public const string ContentType = "text/plain; charset=utf-8";
    public const int DefaultDays = 7;

    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(GetBatch.Handler get, TimeProvider clock)
    {
        public async Task<File?> Handle(Guid batchId, int? days, CancellationToken ct)
        {
            if (days is < 1 or > 30)
            {
                throw new FieldValidationException("days", "公示期应为 1 至 30 天");
            }

            if (await get.Handle(batchId, ct) is not { } batch)
            {
                return null;
            }

            if (batch.Status != SubsidyBatchStatus.Approved)
            {
                throw new DomainRuleException("批次审批通过后才能生成公示名单");
            }

            var from = BeijingTime.Today(clock);
            var to = from.AddDays((days ?? DefaultDays) - 1);
            var paid = batch.Awards.Where(a => a.Amount > 0).OrderBy(a => a.EnterpriseName, StringComparer.Ordinal).ToList();
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"关于{batch.Year}年度企业研发后补助拟支持名单的公示");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"根据企业研发投入申报及核算结果，现将“{batch.Title}”拟补助企业名单予以公示（共 {paid.Count} 家，合计 {paid.Sum(a => a.Amount):0.##} 万元）。");
            text.AppendLine(CultureInfo.InvariantCulture, $"公示期：{from:yyyy年M月d日}至{to:yyyy年M月d日}（{days ?? DefaultDays} 天）。如有异议，请在公示期内以书面形式向市科技局反映。");
            text.AppendLine();
            text.AppendLine("序号\t企业名称\t补助金额（万元）");
            foreach (var (a, i) in paid.Select((a, i) => (a, i)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}\t{a.EnterpriseName}\t{a.Amount:0.00}");
            }

            return new File($"{batch.Year}年研发后补助-公示名单.txt", new UTF8Encoding(true).GetBytes(text.ToString()));
        }
    }
}
