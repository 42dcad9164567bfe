using System.Globalization;
using Kechuang.Web.Modules.Enterprises.Domain;
using MiniExcelLibs;

namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>Real .xlsx files for the import, written and read with MiniExcel like the app does.</summary>
public static class Sheets
{
    /// <summary>One template row: a firm and, when given, one year of its figures.</summary>
    public static Dictionary<string, object?> Row(EnterpriseForm firm, string? gridCode = null, int? year = null, AnnualReportForm? annual = null)
    {
        var row = new Dictionary<string, object?>
        {
            [EnterpriseSheet.Name] = firm.Name,
            [EnterpriseSheet.CreditCode] = firm.CreditCode,
            [EnterpriseSheet.District] = firm.DistrictCode,
            [EnterpriseSheet.Grid] = gridCode,
            [EnterpriseSheet.Industry] = firm.IndustryCode,
            [EnterpriseSheet.Field] = firm.HighTechField is { } f ? HighTechFields.DisplayName(f) : null,
            [EnterpriseSheet.Established] = firm.EstablishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [EnterpriseSheet.Capital] = firm.RegisteredCapital,
            [EnterpriseSheet.Legal] = firm.LegalRepresentative,
            [EnterpriseSheet.Contact] = firm.ContactPerson,
            [EnterpriseSheet.Phone] = firm.ContactPhone,
            [EnterpriseSheet.Address] = firm.Address,
            [EnterpriseSheet.Year] = year,
        };
        foreach (var (header, property) in EnterpriseSheet.AnnualColumns)
        {
            row[header] = annual is null ? null : typeof(AnnualReportForm).GetProperty(property)!.GetValue(annual);
        }

        return row;
    }

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList(), sheetName: EnterpriseSheet.SheetName);
        return stream.ToArray();
    }

    /// <summary>The first sheet's rows, keyed by header.</summary>
    public static List<IDictionary<string, object?>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }

    public static string? Text(IDictionary<string, object?> row, string header) =>
        row.TryGetValue(header, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
}
