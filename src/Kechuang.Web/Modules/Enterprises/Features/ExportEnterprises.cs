using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Files;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kechuang.Web.Modules.Enterprises.Features;

/// <summary>Exports the filtered list in the import template's layout, so the file can be corrected and imported back.</summary>
public static class ExportEnterprises
{
    public sealed class Handler(ListEnterprises.Handler list, EnterpriseAccess access, OrganisationDirectory organisation)
    {
        public async Task<byte[]> Handle(ListEnterprises.Query query, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesExport);
            var firms = await list.AllAsync(query, ct);
            var grids = (await organisation.GridsAsync(ct)).ToDictionary(g => g.Id, g => g.Code);
            var rows = new List<Dictionary<string, object?>>(firms.Count * 3);
            foreach (var e in firms)
            {
                var profile = new Dictionary<string, object?>
                {
                    [EnterpriseSheet.Name] = e.Name,
                    [EnterpriseSheet.CreditCode] = e.CreditCode,
                    [EnterpriseSheet.District] = e.DistrictCode,
                    [EnterpriseSheet.Grid] = e.GridId is { } g ? grids.GetValueOrDefault(g) : null,
                    [EnterpriseSheet.Industry] = e.IndustryCode,
                    [EnterpriseSheet.Field] = e.HighTechField is { } f ? HighTechFields.DisplayName(f) : null,
                    [EnterpriseSheet.Established] = EnterpriseSheet.Format(e.EstablishedOn),
                    [EnterpriseSheet.Capital] = e.RegisteredCapital,
                    [EnterpriseSheet.Legal] = e.LegalRepresentative,
                    [EnterpriseSheet.Contact] = e.ContactPerson,
                    [EnterpriseSheet.Phone] = e.ContactPhone,
                    [EnterpriseSheet.Address] = e.Address,
                    [EnterpriseSheet.Year] = null,
                };
                if (e.AnnualReports.Count == 0)
                {
                    rows.Add(WithAnnual(profile, null));
                }

                rows.AddRange(e.AnnualReports.OrderBy(r => r.Year).Select(r => WithAnnual(profile, AnnualReportForm.From(r))));
            }

            using var stream = new MemoryStream();
            MiniExcel.SaveAs(stream, rows, sheetName: EnterpriseSheet.SheetName);
            return stream.ToArray();
        }

        private static Dictionary<string, object?> WithAnnual(Dictionary<string, object?> profile, AnnualReportForm? annual)
        {
            var row = new Dictionary<string, object?>(profile) { [EnterpriseSheet.Year] = annual?.Year };
            foreach (var (header, property) in EnterpriseSheet.AnnualProperties)
            {
                row[header] = annual is null ? null : property.GetValue(annual);
            }

            return row;
        }
    }
}
