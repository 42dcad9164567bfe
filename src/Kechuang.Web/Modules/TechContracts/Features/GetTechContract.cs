using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Organisation.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>One contract as the seller or staff see it: the form's fields, the state of registration, files, and every
/// change and cancellation.</summary>
public static class GetTechContract
{
    public sealed record AttachmentRow(Guid Id, AttachmentKind Kind, string KindName, string FileName, long Size, DateTimeOffset UploadedAt);

    public sealed record ChangeRow(ContractChangeKind Kind, string KindName, string Reason, string Summary, DateOnly EffectiveOn, string RecordedBy);

    public sealed record Details(
        Guid Id, Guid SellerEnterpriseId, string ContractNumber, string ProjectName, TechContractKind Kind, string KindName,
        TechContractType Type, string TypeName, DateOnly SignedOn, DateOnly ValidFrom, DateOnly ValidTo, string Field, IpType IpType,
        string IpTypeName, decimal TotalAmount, decimal TechnologyAmount, Party Seller, string SellerPlace, Party Buyer, string BuyerPlace,
        TechContractStatus Status, string StatusName, DateTimeOffset? SubmittedAt, DateOnly? DueOn, bool ExpertReview, string? DecidedBy,
        DateTimeOffset? DecidedAt, string? RejectReason, string? RegistrationNumber, DateOnly? RegisteredOn, DateOnly? CancelledOn,
        string CreatedBy, long Version, IReadOnlyList<AttachmentRow> Attachments, IReadOnlyList<ChangeRow> Changes)
    {
        public TechContractForm ToForm() => new()
        {
            SellerEnterpriseId = SellerEnterpriseId,
            ContractNumber = ContractNumber,
            ProjectName = ProjectName,
            Kind = Kind,
            SignedOn = SignedOn,
            ValidFrom = ValidFrom,
            ValidTo = ValidTo,
            Field = Field,
            IpType = IpType,
            TotalAmount = TotalAmount,
            TechnologyAmount = TechnologyAmount,
            SellerEntityType = Seller.EntityType,
            BuyerName = Buyer.Name,
            BuyerCountry = Buyer.Country,
            BuyerDistrictCode = Buyer.DistrictCode,
            BuyerEntityType = Buyer.EntityType,
            Version = Version,
        };
    }

    public sealed class Handler(AppDbContext db, TechContractAccess access, OrganisationDirectory organisation)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var c = await access.Visible().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return null;
            }

            var files = await db.TechContractAttachments.AsNoTracking().Where(a => a.ContractId == id).OrderBy(a => a.UploadedAt)
                .Select(a => new { a.Id, a.Kind, a.FileName, a.Size, a.UploadedAt }).ToListAsync(ct);
            var changes = await db.TechContractChanges.AsNoTracking().Where(x => x.ContractId == id).OrderBy(x => x.RecordedAt).ToListAsync(ct);
            var districts = (await organisation.DistrictsAsync(ct)).ToDictionary(d => d.Code, d => d.Name);
            return new Details(
                c.Id, c.SellerEnterpriseId, c.ContractNumber, c.ProjectName, c.Kind, TechContractNames.Full(c.Kind), c.Type,
                TechContractNames.Type(c.Type), c.SignedOn, c.ValidFrom, c.ValidTo, c.Field, c.IpType, TechContractNames.Ip(c.IpType),
                c.TotalAmount, c.TechnologyAmount, c.Seller, Place(c.Seller, districts), c.Buyer, Place(c.Buyer, districts),
                c.Status, TechContractNames.Status(c.Status), c.SubmittedAt, c.DueOn, c.ExpertReview, c.DecidedBy, c.DecidedAt, c.RejectReason,
                c.RegistrationNumber, c.RegisteredOn, c.CancelledOn, c.CreatedBy, c.Version,
                [.. files.Select(f => new AttachmentRow(f.Id, f.Kind, TechContractNames.Attachment(f.Kind), f.FileName, f.Size, f.UploadedAt))],
                [.. changes.Select(x => new ChangeRow(x.Kind, TechContractNames.Change(x.Kind), x.Reason, x.Summary, x.EffectiveOn, x.RecordedBy))]);
        }
    }

    /// <summary>"中国 兴庆区（640104）", "中国 110108", "德国".</summary>
    public static string Place(Party p, IReadOnlyDictionary<string, string> districts) =>
        p.DistrictCode is not { } code ? p.Country
        : districts.TryGetValue(code, out var name) ? $"{p.Country} {name}（{code}）"
        : $"{p.Country} {code}";
}
