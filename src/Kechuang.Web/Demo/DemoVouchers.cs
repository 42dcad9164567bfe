using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Organisation.Domain;
using Kechuang.Web.Modules.Vouchers.Domain;

namespace Kechuang.Web.Demo;

/// <summary>This year's voucher round (500 万元, 50% of the fee, 10 万元 a contract, 20 万元 a firm) and three registered
/// providers, one of them the demo service-body account's unit. No vouchers issued yet: a firm tries that itself.</summary>
internal static class DemoVouchers
{
    public static void Seed(AppDbContext db, IReadOnlyList<Unit> units, DateOnly today)
    {
        db.VoucherPolicies.Add(new VoucherPolicy
        {
            Name = $"{today.Year}年度银川市科技创新券（第一批）",
            Year = today.Year,
            CoverPercent = 50,
            CapPerRedemption = 10,
            CapPerFirmPerYear = 20,
            ServiceTypes = "检验检测；研发设计；技术咨询；知识产权",
            ValidityDays = 365,
            OpensOn = today.AddDays(-30),
            ClosesOn = today.AddDays(60),
            Budget = 500,
        });
        var serviceUnits = units.Where(u => u.Kind == UnitKind.ServiceBody).ToList();
        foreach (var unit in serviceUnits)
        {
            db.VoucherProviders.Add(new VoucherProvider { Name = unit.Name, UnitId = unit.Id, ServiceTypes = "检验检测；技术咨询；知识产权" });
        }

        db.VoucherProviders.Add(new VoucherProvider { Name = "宁夏工业设计研究院（演示）", ServiceTypes = "研发设计；检验检测" });
    }
}
