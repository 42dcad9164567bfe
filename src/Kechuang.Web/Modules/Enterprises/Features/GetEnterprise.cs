using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Features;

public static class GetEnterprise
{
    public sealed record QualificationView(
        Guid Id, QualificationType Type, string TypeName, string Number, int? Year, DateOnly? IssuedOn, DateOnly? ExpiresOn, bool ValidToday, long Version);

    public sealed record Details(
        Guid Id, string Name, string CreditCode, string DistrictCode, string DistrictName, Guid? GridId, string? GridName,
        string? IndustryCode, string IndustryName, HighTechField? HighTechField, string? HighTechFieldName, DateOnly? EstablishedOn,
        decimal? RegisteredCapital, string? LegalRepresentative, string? ContactPerson, string? ContactPhone, string? Address,
        string? MainBusiness, string TierName, long Version, DateTimeOffset CreatedAt,
        IReadOnlyList<QualificationView> Qualifications, IReadOnlyList<AnnualReportForm> AnnualReports);

    public sealed class Handler(EnterpriseAccess access, OrganisationDirectory organisation, TimeProvider clock)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            access.Demand(Permissions.EnterprisesRead);
            var e = await (await access.VisibleAsync(ct)).AsNoTracking()
                .Include(x => x.Qualifications).Include(x => x.AnnualReports).AsSplitQuery()
                .FirstOrDefaultAsync(x => x.Id == id, ct);
            if (e is null)
            {
                return null;
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var districts = await organisation.DistrictsAsync(ct);
            var grid = e.GridId is { } g ? (await organisation.GridsAsync(ct)).FirstOrDefault(x => x.Id == g) : null;
            var qualifications = e.Qualifications
                .OrderByDescending(q => q.Type).ThenByDescending(q => q.Year ?? q.IssuedOn?.Year)
                .Select(q => new QualificationView(q.Id, q.Type, QualificationTypes.DisplayName(q.Type), q.Number, q.Year, q.IssuedOn, q.ExpiresOn, q.IsValidOn(today), q.Version))
                .ToList();
            var tier = qualifications.Where(q => q.ValidToday).Select(q => (QualificationType?)q.Type).Max();
            return new Details(
                e.Id, e.Name, e.CreditCode, e.DistrictCode, districts.FirstOrDefault(d => d.Code == e.DistrictCode)?.Name ?? e.DistrictCode,
                e.GridId, grid?.Name, e.IndustryCode, Industries.DisplayName(e.IndustryCode), e.HighTechField,
                e.HighTechField is { } f ? HighTechFields.DisplayName(f) : null, e.EstablishedOn, e.RegisteredCapital,
                e.LegalRepresentative, e.ContactPerson, e.ContactPhone, e.Address, e.MainBusiness,
                tier is { } t ? QualificationTypes.DisplayName(t) : "未入梯队", e.Version, e.CreatedAt, qualifications,
                e.AnnualReports.OrderByDescending(r => r.Year).Select(AnnualReportForm.From).ToList());
        }
    }
}
