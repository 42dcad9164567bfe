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

    /// <summary>What a notice says, in whichever format: the paid firms by name, amounts in 万元.</summary>
    public sealed record Notice(int Year, string Title, DateOnly From, DateOnly To, int Days, IReadOnlyList<GetBatch.AwardRow> Paid)
    {
        public decimal Total => Paid.Sum(a => a.Amount);
    }

    /// <summary>Null when the batch does not exist; 422 before approval, 400 for a period outside 1–30 days.</summary>
    public static async Task<Notice?> PrepareAsync(GetBatch.Handler get, TimeProvider clock, Guid batchId, int? days, CancellationToken ct)
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
        var length = days ?? DefaultDays;
        var paid = batch.Awards.Where(a => a.Amount > 0).OrderBy(a => a.EnterpriseName, StringComparer.Ordinal).ToList();
        return new Notice(batch.Year, batch.Title, from, from.AddDays(length - 1), length, paid);
    }

    public sealed class Handler(GetBatch.Handler get, TimeProvider clock)
    {
        public async Task<File?> Handle(Guid batchId, int? days, CancellationToken ct)
        {
            if (await PrepareAsync(get, clock, batchId, days, ct) is not { } n)
            {
                return null;
            }

            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"关于{n.Year}年度企业研发后补助拟支持名单的公示");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"根据企业研发投入申报及核算结果，现将“{n.Title}”拟补助企业名单予以公示（共 {n.Paid.Count} 家，合计 {n.Total:0.##} 万元）。");
            text.AppendLine(CultureInfo.InvariantCulture, $"公示期：{n.From:yyyy年M月d日}至{n.To:yyyy年M月d日}（{n.Days} 天）。如有异议，请在公示期内以书面形式向市科技局反映。");
            text.AppendLine();
            text.AppendLine("序号\t企业名称\t补助金额（万元）");
            foreach (var (a, i) in n.Paid.Select((a, i) => (a, i)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}\t{a.EnterpriseName}\t{a.Amount:0.00}");
            }

            return new File($"{n.Year}年研发后补助-公示名单.txt", new UTF8Encoding(true).GetBytes(text.ToString()));
        }
    }
}
