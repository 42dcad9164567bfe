using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Subsidies.Domain;

namespace Kechuang.Web.Demo;

/// <summary>
/// The demo city's open 研发后补助 batch for last year: ~90 firms with R&amp;D have declared (2020 figures: 91 firms,
/// 6134 万元), budget 6000 万元. No random draws, so no other demo figure moves.
/// </summary>
internal static class DemoSubsidies
{
    public const int Declarations = 90;
    public const decimal Budget = 6000m;

    public static void Seed(AppDbContext db, List<Enterprise> enterprises, DateOnly today, DateTimeOffset now)
    {
        var year = today.Year - 1;
        var batch = new SubsidyBatch
        {
            Year = year,
            Title = $"{year}年度企业研发后补助",
            Budget = Budget,
            Basis = SubsidyBasis.RdExpense,
            RateNonHighTech = 10,
            RateHighTech = 15,
            PerFirmCap = 300,
            MinRdExpense = 10,
            DeclarationDeadline = today.AddDays(30),
            CreatedAt = now,
            CreatedBy = "王科员",
        };
        db.SubsidyBatches.Add(batch);
        var declaring = enterprises
            .Select(e => (Firm: e, This: e.AnnualReports.FirstOrDefault(r => r.Year == year), Last: e.AnnualReports.FirstOrDefault(r => r.Year == year - 1)))
            .Where(x => x.This is { RdExpense: > 0 })
            .OrderByDescending(x => x.This!.RdExpense)
            .Take(Declarations);
        foreach (var (firm, report, last) in declaring)
        {
            db.SubsidyDeclarations.Add(new SubsidyDeclaration
            {
                BatchId = batch.Id,
                EnterpriseId = firm.Id,
                RdExpense = report!.RdExpense,
                PreviousRdExpense = last?.RdExpense ?? 0,
                SuperDeductionAmount = Math.Round(report.RdExpense * 0.9m, 2), // 税务确认的加计扣除额, 100% 加计 of the admissible part
                Revenue = report.Revenue,
                TaxPaid = report.TaxPaid,
                Source = "企业申报",
                DeclaredAt = now,
                DeclaredBy = firm.ContactPerson,
            });
        }
    }
}
