using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Organisation.Contracts;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Cultivation.Features;

/// <summary>The standings list as .xlsx, with the same filter as on screen: what staff hand to district offices.</summary>
public static class ExportStandings
{
    public sealed class Handler(ListStandings.Handler standings, OrganisationDirectory organisation, CurrentUser user)
    {
        public async Task<byte[]> Handle(ListStandings.Query q, CancellationToken ct)
        {
            user.Demand(Permissions.EnterprisesExport);
            var rows = await standings.AllAsync(q, ct);

            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            var sheet = rows.Select(x => new Dictionary<string, object?>
            {
                ["企业名称"] = x.Name,
                ["统一社会信用代码"] = x.CreditCode,
                ["区县"] = districts.GetValueOrDefault(x.DistrictCode, x.DistrictCode),
                ["当前梯队"] = x.TierName,
                ["下一级"] = x.NextStep ?? "—",
                ["评价结论"] = ListStandings.ReadinessName(x.Readiness),
                ["未满足条件数"] = x.Failed,
                ["缺少数据条件数"] = x.Unknown,
                ["得分"] = x.ScoreMin is null ? "" : x.ScoreMin == x.ScoreMax ? $"{x.ScoreMin}" : $"{x.ScoreMin}–{x.ScoreMax}",
                ["首要差距"] = x.FirstGap ?? "",
                ["规则版本"] = x.RuleSetVersion ?? "",
            }).ToList();
            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, sheet, sheetName: "企业梯队与差距");
            return stream.ToArray();
        }
    }
}
