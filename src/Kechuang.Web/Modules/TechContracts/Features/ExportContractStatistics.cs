using Kechuang.Web.Modules.TechContracts.Domain;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>The year's statistics as .xlsx: one sheet each by district, field, type and month (with a total row), and the
/// registered contracts they were computed from.</summary>
public static class ExportContractStatistics
{
    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(ContractStatistics.Handler statistics)
    {
        public async Task<File> Handle(int? year, CancellationToken ct)
        {
            var r = await statistics.Handle(year, ct);
            var sheets = new Dictionary<string, object>
            {
                ["按区县"] = Lines("区县（卖方所在地）", r.ByDistrict, r),
                ["按技术领域"] = Lines("技术领域", r.ByField, r),
                ["按合同类型"] = Lines("合同类型", r.ByType, r),
                ["按月份"] = Lines("登记月份", r.ByMonth, r),
                ["合同明细"] = r.Contracts.Select((c, i) => new Dictionary<string, object?>
                {
                    ["序号"] = i + 1,
                    ["登记编号"] = c.RegistrationNumber,
                    ["合同编号"] = c.ContractNumber,
                    ["项目名称"] = c.ProjectName,
                    ["合同类型"] = c.KindName,
                    ["卖方"] = c.SellerName,
                    ["买方"] = c.BuyerName,
                    ["签订日期"] = c.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["成交额（万元）"] = c.TotalAmount,
                    ["技术交易额（万元）"] = c.TechnologyAmount,
                }).ToList(),
            };
            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, sheets);
            return new File($"{r.Year}年技术合同登记统计.xlsx", stream.ToArray());
        }

        private static List<Dictionary<string, object?>> Lines(string label, IReadOnlyList<ContractStatistics.Line> lines, ContractStatistics.Report r)
        {
            var rows = lines.Select(l => Row(label, l.Name, l.Count, l.TotalAmount, l.TechnologyAmount)).ToList();
            rows.Add(Row(label, "合计", r.Count, r.TotalAmount, r.TechnologyAmount));
            return rows;
        }

        private static Dictionary<string, object?> Row(string label, string name, int count, decimal total, decimal technology) => new()
        {
            [label] = name,
            ["合同数"] = count,
            ["成交额（万元）"] = total,
            ["技术交易额（万元）"] = technology,
        };
    }
}
