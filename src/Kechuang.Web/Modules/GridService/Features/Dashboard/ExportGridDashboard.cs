using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.GridService.Features.Dashboard;

/// <summary>The dashboard as .xlsx: one sheet each by district, grid, officer and need category, and how each figure is computed.</summary>
public static class ExportGridDashboard
{
    public sealed record File(string FileName, byte[] Bytes);

    public sealed class Handler(GridDashboard.Handler dashboard)
    {
        public async Task<File> Handle(GridDashboard.Query query, CancellationToken ct)
        {
            var r = await dashboard.Handle(query, ct);
            var sheets = new Dictionary<string, object>
            {
                ["按区县"] = Lines("区县", [.. r.ByDistrict, r.Total with { Name = "合计" }]),
                ["按网格"] = Lines("网格", r.ByGrid),
                ["按网格员"] = Lines("网格员", r.ByOfficer),
                ["需求分类"] = r.ByCategory.Select(c => new Dictionary<string, object?>
                {
                    ["类别"] = c.Category,
                    ["已受理"] = c.Accepted,
                    ["办理中"] = c.InProgress,
                    ["已解决"] = c.Resolved,
                    ["无法解决"] = c.Unresolvable,
                    ["合计"] = c.Total,
                }).ToList(),
                ["计算说明"] = r.Figures.Select(f => new Dictionary<string, object?> { ["指标"] = f.Name, ["数值"] = f.Value, ["计算方法"] = f.How }).ToList(),
            };
            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, sheets);
            return new File($"网格服务统计（{r.Scope}，{r.From:yyyyMMdd}-{r.To:yyyyMMdd}）.xlsx", stream.ToArray());
        }

        private static List<Dictionary<string, object?>> Lines(string label, IEnumerable<GridDashboard.Line> lines) =>
            lines.Select(l => new Dictionary<string, object?>
            {
                [label] = l.Name,
                ["网格数"] = l.Grids,
                ["企业数"] = l.Firms,
                ["走访企业数"] = l.VisitedFirms,
                ["覆盖率（%）"] = l.Coverage,
                ["走访次数"] = l.Visits,
                ["收集需求"] = l.Needs,
                ["未办结"] = l.Open,
                ["逾期"] = l.Overdue,
                ["办结时长中位数（天）"] = l.MedianDaysToClose,
                ["满意度（星）"] = l.Satisfaction,
                ["评价数"] = l.Rated,
            }).ToList();
    }
}
