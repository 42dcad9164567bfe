using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>
/// Creates a draft, or saves one. The seller is the user's own firm (staff name the firm they register for); its name and
/// place are taken from the registry, so the statistics count the contract where the seller really is. A contract already
/// registered, submitted or drafted by the same seller — same contract number, or same buyer, signing date and 成交额 — is
/// refused (409) and named.
/// </summary>
public static class SaveTechContract
{
    public sealed class Handler(AppDbContext db, CurrentUser user, TechContractAccess access, EnterpriseFacts firms, TimeProvider clock)
    {
        public async Task<Guid?> Create(TechContractForm form, CancellationToken ct)
        {
            if (!access.IsStaff)
            {
                user.Demand(Permissions.TechContractsRegister);
            }

            var sellerId = access.IsStaff ? form.SellerEnterpriseId : user.EnterpriseId;
            if (sellerId is null)
            {
                if (access.IsStaff)
                {
                    throw new FieldValidationException("sellerEnterpriseId", "请选择卖方企业（代为登记的企业）");
                }

                throw new UnauthorizedAccessException(Permissions.TechContractsRegister);
            }

            Validation.Throw(form);
            var today = BeijingTime.Today(clock);
            var seller = await firms.LoadOneAsync(sellerId.Value, today, ct);
            if (seller is null)
            {
                return null;
            }

            var contract = new TechContract
            {
                SellerEnterpriseId = seller.Id,
                ContractNumber = "",
                ProjectName = "",
                Field = "",
                SellerName = seller.Name,
                SellerCountry = ContractRules.China,
                SellerDistrictCode = seller.DistrictCode,
                BuyerName = "",
                BuyerCountry = ContractRules.China,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = user.Name,
            };
            Apply(contract, form, today);
            await EnsureNotRegisteredTwiceAsync(contract, ct);
            db.TechContracts.Add(contract);
            await db.SaveChangesAsync(ct);
            return contract.Id;
        }

        public async Task<bool> Update(Guid id, TechContractForm form, CancellationToken ct)
        {
            var contract = await access.FindOwnAsync(id, ct);
            if (contract is null)
            {
                return false;
            }

            contract.EnsureEditable();
            Validation.Throw(form);
            db.Entry(contract).Property(c => c.Version).OriginalValue = form.Version;
            Apply(contract, form, BeijingTime.Today(clock));
            await EnsureNotRegisteredTwiceAsync(contract, ct);
            await db.SaveChangesAsync(ct);
            return true;
        }

        private static void Apply(TechContract c, TechContractForm f, DateOnly today)
        {
            if (f.SignedOn > today)
            {
                throw new FieldValidationException("signedOn", "签订日期不能晚于今天");
            }

            c.ContractNumber = f.ContractNumber!.Trim();
            c.ProjectName = f.ProjectName!.Trim();
            c.Kind = f.Kind!.Value;
            c.SignedOn = f.SignedOn!.Value;
            c.ValidFrom = f.ValidFrom!.Value;
            c.ValidTo = f.ValidTo!.Value;
            c.Field = f.Field!.Trim();
            c.IpType = f.IpType;
            c.TotalAmount = f.TotalAmount;
            c.TechnologyAmount = f.TechnologyAmount;
            c.SellerEntityType = f.SellerEntityType;
            c.BuyerName = f.BuyerName!.Trim();
            c.BuyerCountry = f.BuyerCountry!.Trim();
            c.BuyerDistrictCode = c.BuyerCountry == ContractRules.China ? f.BuyerDistrictCode!.Trim() : null;
            c.BuyerEntityType = f.BuyerEntityType;
            c.RefreshKeys();
        }

        /// <summary>Names the live contract this one repeats; the unique indexes on the same keys catch a race (409 too).</summary>
        private async Task EnsureNotRegisteredTwiceAsync(TechContract c, CancellationToken ct)
        {
            var same = await db.TechContracts.AsNoTracking()
                .Where(o => o.Id != c.Id && (o.NumberKey == c.NumberKey || o.DealKey == c.DealKey))
                .Select(o => new { o.ContractNumber, o.Status, o.RegistrationNumber, SameNumber = o.NumberKey == c.NumberKey })
                .FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                var what = same.SameNumber ? $"合同编号“{same.ContractNumber}”" : $"同一买方、签订日期和成交额（合同编号“{same.ContractNumber}”）";
                var where = same.RegistrationNumber is { } no ? $"已登记，登记编号 {no}" : $"已有一份{TechContractNames.Status(same.Status)}";
                throw new ConflictException($"该合同不能重复登记：本企业{what}的合同{where}");
            }
        }
    }
}
